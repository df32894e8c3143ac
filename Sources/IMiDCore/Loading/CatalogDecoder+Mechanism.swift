/// Decoding one `mechanisms` entry.
extension CatalogDecoder {
  /// Decodes one mechanism, or nil when it is not whole.
  mutating func decodeMechanism(_ value: JSONValue, at path: () -> String) -> Mechanism? {
    var mechanism = Mechanism(id: "", name: "")
    let ok = entry(value, at: path, required: ["id", "name"]) { d, key, value, at in
      switch key {
      case "id": if let s = d.identifier(value, at: at()) { mechanism.id = s } else { return .invalid }
      case "name": if let s = d.text(value, at: at(), nonEmpty: true) { mechanism.name = s } else { return .invalid }
      case "short": mechanism.short = d.text(value, at: at(), nonEmpty: true)
      case "summary": mechanism.summary = d.text(value, at: at())
      case "year": mechanism.year = d.year(value, at: at())
      case "cite": mechanism.cite = d.cites(value, at: at(), required: false)
      default: return .unknown
      }
      return .ok
    }
    return ok ? mechanism : nil
  }
}
