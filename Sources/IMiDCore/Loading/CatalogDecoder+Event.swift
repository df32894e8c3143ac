/// Decoding one `events` entry: a dated event of the timeline, with its sources. The date is
/// only as precise as its source (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), but always a real one.
extension CatalogDecoder {
  /// Decodes one event, or nil when it is not whole.
  mutating func decodeEvent(_ value: JSONValue, at path: () -> String) -> TimelineEvent? {
    var event = TimelineEvent(id: "", date: EventDate(year: 0), kind: .marketing, text: "", cite: [])
    let ok = entry(value, at: path, required: ["id", "date", "kind", "text", "cite"]) { d, key, value, at in
      switch key {
      case "id": if let s = d.identifier(value, at: at()) { event.id = s } else { return .invalid }
      case "date": if let date = d.eventDate(value, at: at()) { event.date = date } else { return .invalid }
      case "kind":
        guard let s = d.text(value, at: at()) else { return .invalid }
        guard let kind = EventKind(rawValue: s) else {
          d.error(at(), "unknown kind '\(s)' (expected \(EventKind.list))")
          return .invalid
        }
        event.kind = kind
      case "drug":
        guard let s = d.reference(value, at: at(), in: d.drugIDs, kind: "drug") else { return .invalid }
        event.drug = s
      case "text": if let s = d.text(value, at: at(), nonEmpty: true) { event.text = s } else { return .invalid }
      case "cite":
        event.cite = d.cites(value, at: at(), required: true)
        if event.cite.isEmpty { return .invalid }
      default: return .unknown
      }
      return .ok
    }
    return ok ? event : nil
  }

  /// A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that the calendar has, in a plausible year.
  mutating func eventDate(_ value: JSONValue, at path: @autoclosure () -> String) -> EventDate? {
    guard let text = text(value, at: path()) else { return nil }
    guard let date = EventDate(text) else {
      error(path(), "'\(text)' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)")
      return nil
    }
    guard (Self.earliestYear...latestYear).contains(date.year) else {
      error(path(), "year \(date.year) is not plausible (expected \(Self.earliestYear)–\(latestYear))")
      return nil
    }
    return date
  }
}
