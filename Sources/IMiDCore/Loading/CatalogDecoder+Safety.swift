/// Decoding one `safety` entry: an adverse event of a drug, with its sources, and the optional `id`
/// a claim's evidence names it by (unique within the table: `decodeTable` checks).
extension CatalogDecoder {
  /// Decodes one safety result, or nil when it is not whole.
  mutating func decodeSafety(_ value: JSONValue, at path: () -> String) -> SafetyResult? {
    var result = SafetyResult(drug: "", event: "", cite: [])
    let ok = entry(value, at: path, required: ["drug", "event", "cite"]) { d, key, value, at in
      switch key {
      case "id": result.id = d.identifier(value, at: at())
      case "drug": if let s = d.reference(value, at: at(), in: d.drugIDs, kind: "drug") { result.drug = s } else { return .invalid }
      case "event": if let s = d.text(value, at: at(), nonEmpty: true) { result.event = s } else { return .invalid }
      case "cite": result.cite = d.cites(value, at: at(), required: true)
      case "category": result.category = d.text(value, at: at(), nonEmpty: true)
      case "rate": result.rate = d.text(value, at: at())
      case "severity": result.severity = d.text(value, at: at())
      case "context": result.context = d.text(value, at: at())
      case "study": result.study = d.text(value, at: at())
      case "boxed": result.boxed = d.boolean(value, at: at()) ?? false
      case "headline": result.headline = d.boolean(value, at: at()) ?? false
      case "year": result.year = d.year(value, at: at())
      case "measure": result.measure = d.decodeMeasure(value, at: at())
      default: return .unknown
      }
      return .ok
    }
    return ok ? result : nil
  }
}
