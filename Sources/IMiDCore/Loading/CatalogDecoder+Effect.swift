/// Decoding one `effects` entry: a drug × mechanism cell with a grade 0–3, the level of evidence
/// it rests on and its sources.
extension CatalogDecoder {
  /// Decodes one effect, or nil when it is not whole.
  mutating func decodeEffect(_ value: JSONValue, at path: () -> String) -> Effect? {
    var effect = Effect(drug: "", mechanism: "", grade: .none, cite: [])
    let ok = entry(value, at: path, required: ["drug", "mechanism", "grade", "cite"]) { d, key, value, at in
      switch key {
      case "drug": if let s = d.reference(value, at: at(), in: d.drugIDs, kind: "drug") { effect.drug = s } else { return .invalid }
      case "mechanism":
        if let s = d.reference(value, at: at(), in: d.mechanismIDs, kind: "mechanism") { effect.mechanism = s } else { return .invalid }
      case "grade":
        if let g = d.integer(value, at: at(), in: 0...3, what: "grade").flatMap(Grade.init(rawValue:)) {
          effect.grade = g
        } else {
          return .invalid
        }
      case "level":
        guard let s = d.text(value, at: at()) else { return .invalid }
        guard let level = EvidenceLevel(rawValue: s) else {
          d.error(at(), "unknown level '\(s)' (expected \(EvidenceLevel.list))")
          return .invalid
        }
        effect.level = level
      case "note": effect.note = d.text(value, at: at())
      case "year": effect.year = d.year(value, at: at())
      case "cite": effect.cite = d.cites(value, at: at(), required: true)
      default: return .unknown
      }
      return .ok
    }
    return ok ? effect : nil
  }
}
