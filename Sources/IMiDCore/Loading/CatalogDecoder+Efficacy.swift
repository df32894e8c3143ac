/// Decoding one `efficacy` entry: an outcome of a drug, with its sources, and the optional `id`
/// a claim's evidence names it by (unique within the table: `decodeTable` checks).
extension CatalogDecoder {
  /// Decodes one efficacy result, or nil when it is not whole.
  mutating func decodeEfficacy(_ value: JSONValue, at path: () -> String) -> EfficacyResult? {
    var result = EfficacyResult(drug: "", outcome: "", cite: [])
    let ok = entry(value, at: path, required: ["drug", "outcome", "cite"]) { d, key, value, at in
      switch key {
      case "id": result.id = d.identifier(value, at: at())
      case "drug": if let s = d.reference(value, at: at(), in: d.drugIDs, kind: "drug") { result.drug = s } else { return .invalid }
      case "outcome": if let s = d.text(value, at: at(), nonEmpty: true) { result.outcome = s } else { return .invalid }
      case "cite": result.cite = d.cites(value, at: at(), required: true)
      case "study": result.study = d.text(value, at: at())
      case "design": result.design = d.text(value, at: at())
      case "n": result.n = d.integer(value, at: at(), in: 0...100_000_000, what: "n")
      case "population": result.population = d.text(value, at: at())
      case "setting": result.setting = d.text(value, at: at(), nonEmpty: true)
      case "regimen": result.regimen = d.text(value, at: at())
      case "year": result.year = d.year(value, at: at())
      case "measure": result.measure = d.decodeMeasure(value, at: at())
      case "headline": result.headline = d.boolean(value, at: at()) ?? false
      default: return .unknown
      }
      return .ok
    }
    return ok ? result : nil
  }
}
