/// Decoding the top-level `version` and `date`, which name the edition of a catalogue
/// (`imid --version` shows the built-in one's).
extension CatalogDecoder {
  /// The catalogue's `version` (text, not blank) and `date` (a calendar day, `YYYY-MM-DD`, in a
  /// plausible year), each nil when absent or reported.
  mutating func decodeEdition(_ document: JSONDocument, _ top: [String: Int]) -> (version: String?, date: String?) {
    let version = top["version"].flatMap { text(document.value(at: $0), at: "version", nonEmpty: true) }
    var date: String?
    if let start = top["date"], let text = text(document.value(at: start), at: "date") {
      if let day = EventDate(text), day.day != nil, (Self.earliestYear...latestYear).contains(day.year) {
        date = text
      } else {
        error("date", "'\(text)' is not a plausible day (expected YYYY-MM-DD, \(Self.earliestYear)–\(latestYear))")
      }
    }
    return (version, date)
  }
}
