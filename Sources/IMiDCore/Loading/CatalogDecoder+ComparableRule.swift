/// Decoding one `comparable` entry: which measure may be compared across drugs, and which way
/// is better.
extension CatalogDecoder {
  /// Decodes one comparability rule, or nil when it is not whole.
  mutating func decodeComparableRule(_ value: JSONValue, at path: String) -> ComparableRule? {
    var rule = ComparableRule(section: .efficacy, group: "", measure: "", better: .higher)
    let ok = entry(value, at: { path }, required: ["section", "group", "measure", "better", "cite"]) { d, key, v, at in
      switch key {
      case "section":
        guard let s = d.text(v, at: at()), let section = ComparableRule.Section(rawValue: s) else {
          if case .string = v { d.error(at(), "section must be 'efficacy' or 'safety'") }
          return .invalid
        }
        rule.section = section
      case "better":
        guard let s = d.text(v, at: at()), let better = ComparableRule.Better(rawValue: s) else {
          if case .string = v { d.error(at(), "better must be 'higher' or 'lower'") }
          return .invalid
        }
        rule.better = better
      case "group": if let s = d.text(v, at: at(), nonEmpty: true) { rule.group = s } else { return .invalid }
      case "measure": if let s = d.text(v, at: at(), nonEmpty: true) { rule.measure = s } else { return .invalid }
      case "note": rule.note = d.text(v, at: at())
      case "cite": rule.cite = d.cites(v, at: at(), required: true)
      default: return .unknown
      }
      return .ok
    }
    return ok ? rule : nil
  }
}
