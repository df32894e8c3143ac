/// Decoding the `measure` of an efficacy or safety entry: a named number with a unit.
extension CatalogDecoder {
  /// Decodes a measure, or nil when it is not whole.
  mutating func decodeMeasure(_ value: JSONValue, at path: String) -> Measure? {
    var name: String?, number: Double?, unit: String?
    let ok = entry(value, at: { path }, required: ["name", "value"]) { d, key, value, at in
      switch key {
      case "name": if let s = d.text(value, at: at(), nonEmpty: true) { name = s } else { return .invalid }
      case "unit": unit = d.text(value, at: at())
      case "value":
        guard case .number(let n, _, _) = value else {
          d.error(at(), "expected a number, found \(value.typeName)")
          return .invalid
        }
        number = n
      default: return .unknown
      }
      return .ok
    }
    guard ok, let name, let number else { return nil }
    return Measure(name: name, value: number, unit: unit)
  }
}
