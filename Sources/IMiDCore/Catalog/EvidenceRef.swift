/// What an evidence item points at, written in a catalogue as `kind:key`:
/// `drug:lenalidomide`, `cell:lenalidomide/crbn` (a matrix cell, drug × mechanism),
/// `efficacy:len-mm009` and `safety:len-vte` (results by their `id`), `citation:ito2010`,
/// `event:ikzf-2014`.
public enum EvidenceRef: Sendable, Hashable {
  case drug(String)
  case cell(drug: String, mechanism: String)
  case efficacy(String)
  case safety(String)
  case citation(String)
  case event(String)

  /// The kinds, as written before the colon, for messages.
  public static let kinds = ["drug", "cell", "efficacy", "safety", "citation", "event"]

  /// Reads `kind:key`; nil when the kind is unknown or a key is empty.
  public init?(_ text: String) {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let kind = text[..<colon], key = String(text[text.index(after: colon)...])
    guard !key.isEmpty else { return nil }
    switch kind {
    case "drug": self = .drug(key)
    case "cell":
      let parts = key.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
      self = .cell(drug: String(parts[0]), mechanism: String(parts[1]))
    case "efficacy": self = .efficacy(key)
    case "safety": self = .safety(key)
    case "citation": self = .citation(key)
    case "event": self = .event(key)
    default: return nil
    }
  }

  /// The reference as a catalogue writes it.
  public var text: String {
    switch self {
    case .drug(let id): return "drug:" + id
    case .cell(let drug, let mechanism): return "cell:\(drug)/\(mechanism)"
    case .efficacy(let id): return "efficacy:" + id
    case .safety(let id): return "safety:" + id
    case .citation(let id): return "citation:" + id
    case .event(let id): return "event:" + id
    }
  }
}
