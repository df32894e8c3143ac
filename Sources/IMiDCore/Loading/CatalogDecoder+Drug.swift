/// Decoding one `drugs` entry and its approvals, whose dates must fall in their year.
extension CatalogDecoder {
  /// One drug of a preview (see `CatalogLoader.preview`), or nil when it does not decode.
  mutating func previewDrug(_ value: JSONValue, index: Int) -> Drug? {
    decodeDrug(value, at: { "drugs[\(index)]" })
  }

  /// Decodes one drug, or nil when it is not whole (every problem recorded).
  mutating func decodeDrug(_ value: JSONValue, at path: () -> String) -> Drug? {
    var drug = Drug(id: "", name: "")
    let ok = entry(value, at: path, required: ["id", "name"]) { d, key, value, at in
      switch key {
      case "id": if let s = d.identifier(value, at: at()) { drug.id = s } else { return .invalid }
      case "name": if let s = d.text(value, at: at(), nonEmpty: true) { drug.name = s } else { return .invalid }
      case "codes": drug.codes = d.texts(value, at: at())
      case "brands": drug.brands = d.texts(value, at: at())
      case "generation": drug.generation = d.text(value, at: at())
      case "summary": drug.summary = d.text(value, at: at())
      case "formula": drug.formula = d.text(value, at: at())
      case "molarMass": drug.molarMass = d.text(value, at: at())
      case "cas": drug.cas = d.text(value, at: at())
      case "atc": drug.atc = d.text(value, at: at())
      case "cite": drug.cite = d.cites(value, at: at(), required: false)
      case "approvals":
        guard case .array(let elements) = value else {
          d.error(at(), "expected an array, found \(value.typeName)")
          return .ok
        }
        for (index, element) in elements.enumerated() {
          if let approval = d.decodeApproval(element, at: "\(at())[\(index)]") { drug.approvals.append(approval) }
        }
      default: return .unknown
      }
      return .ok
    }
    return ok ? drug : nil
  }

  /// Decodes one approval of a drug, or nil when it is not whole.
  mutating func decodeApproval(_ value: JSONValue, at path: String) -> Approval? {
    var approval = Approval(year: 0)
    var ok = entry(value, at: { path }, required: ["year"]) { d, key, value, at in
      switch key {
      case "year": if let y = d.year(value, at: at()) { approval.year = y } else { return .invalid }
      case "date": approval.date = d.text(value, at: at())
      case "region": approval.region = d.text(value, at: at())
      case "indication": approval.indication = d.text(value, at: at())
      case "cite": approval.cite = d.cites(value, at: at(), required: false)
      default: return .unknown
      }
      return .ok
    }
    if ok, let date = approval.date, !Self.isDate(date, year: approval.year) {
      error(path + ".date", "date '\(date)' must be YYYY-MM or YYYY-MM-DD in the approval's year \(approval.year)")
      ok = false
    }
    return ok ? approval : nil
  }

  /// Whether `text` is YYYY-MM or YYYY-MM-DD in `year`.
  static func isDate(_ text: String, year: Int) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3, parts[0].count == 4, Int(parts[0]) == year,
      let month = Int(parts[1]), parts[1].count == 2, (1...12).contains(month)
    else { return false }
    if parts.count == 3 {
      guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return false }
    }
    return true
  }
}
