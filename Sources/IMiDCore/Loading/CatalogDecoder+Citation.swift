/// Decoding one `citations` entry: identifiers checked for their form (PMID, PMCID, DOI) and
/// the kind warned about when it is not one imid knows.
extension CatalogDecoder {
  /// Decodes one citation, or nil when it is not whole (every problem recorded).
  mutating func decodeCitation(_ value: JSONValue, at path: () -> String) -> Citation? {
    var citation = Citation(id: "", title: "", year: 0)
    let ok = entry(value, at: path, required: ["id", "title", "year"]) { d, key, value, at in
      switch key {
      case "id": if let s = d.identifier(value, at: at()) { citation.id = s } else { return .invalid }
      case "title": if let s = d.text(value, at: at(), nonEmpty: true) { citation.title = s } else { return .invalid }
      case "year": if let y = d.year(value, at: at()) { citation.year = y } else { return .invalid }
      case "authors": citation.authors = d.texts(value, at: at())
      case "journal": citation.journal = d.text(value, at: at())
      case "volume": citation.volume = d.text(value, at: at())
      case "issue": citation.issue = d.text(value, at: at())
      case "pages": citation.pages = d.text(value, at: at())
      case "publisher": citation.publisher = d.text(value, at: at())
      case "summary": citation.summary = d.text(value, at: at())
      case "kind":
        citation.kind = d.text(value, at: at())
        if let kind = citation.kind, !Self.citationKinds.contains(kind) {
          d.warning(at(), "unknown kind '\(kind)' (expected one of \(Self.citationKinds.sorted().joined(separator: ", ")))")
        }
      case "pmid":
        if let s = d.text(value, at: at()) {
          if !s.isEmpty && s.count <= 10 && s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            citation.pmid = s
          } else {
            d.error(at(), "PMID '\(s)' must be 1 to 10 digits")
          }
        }
      case "pmcid":
        if let s = d.text(value, at: at()) {
          if s.hasPrefix("PMC") && s.count > 3 && s.dropFirst(3).utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            citation.pmcid = s
          } else {
            d.error(at(), "PMCID '\(s)' must be 'PMC' followed by digits")
          }
        }
      case "doi":
        if let s = d.text(value, at: at()) {
          if s.hasPrefix("10.") && s.contains("/") && !s.contains(" ") {
            citation.doi = s
          } else {
            d.error(at(), "DOI '\(s)' must start with '10.' and contain '/'")
          }
        }
      default: return .unknown
      }
      return .ok
    }
    return ok ? citation : nil
  }
}
