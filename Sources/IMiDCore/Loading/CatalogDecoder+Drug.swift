/// Decoding one `drugs` entry, its approvals and its first marketing, whose dates must fall in their year.
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
      case "firstMarketed": drug.firstMarketed = d.decodeFirstMarketing(value, at: at())
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
    if ok, let date = approval.date {
      ok = dateFalls(date, in: approval.year, of: "the approval's", at: path)
    }
    return ok ? approval : nil
  }

  /// Decodes when a drug was first sold (`firstMarketed`), or nil when it is not whole: like an
  /// approval, but a source is required.
  mutating func decodeFirstMarketing(_ value: JSONValue, at path: String) -> FirstMarketing? {
    var marketing = FirstMarketing(year: 0)
    var ok = entry(value, at: { path }, required: ["year", "cite"]) { d, key, value, at in
      switch key {
      case "year": if let y = d.year(value, at: at()) { marketing.year = y } else { return .invalid }
      case "date": marketing.date = d.text(value, at: at())
      case "region": marketing.region = d.text(value, at: at())
      case "brand": marketing.brand = d.text(value, at: at())
      case "cite":
        marketing.cite = d.cites(value, at: at(), required: true)
        if marketing.cite.isEmpty { return .invalid }
      default: return .unknown
      }
      return .ok
    }
    if ok, let date = marketing.date {
      ok = dateFalls(date, in: marketing.year, of: "the first marketing's", at: path)
    }
    return ok ? marketing : nil
  }

  /// Checks that the `date` of the entry at `path` is YYYY-MM or YYYY-MM-DD in its `year`;
  /// reports it (naming `whose` year) when not.
  private mutating func dateFalls(_ date: String, in year: Int, of whose: String, at path: String) -> Bool {
    if Self.isDate(date, year: year) { return true }
    error(path + ".date", "date '\(date)' must be YYYY-MM or YYYY-MM-DD in \(whose) year \(year)")
    return false
  }

  /// Whether `text` is YYYY-MM or YYYY-MM-DD in `year`, and a day that month has.
  static func isDate(_ text: String, year: Int) -> Bool {
    guard let date = EventDate(text) else { return false }
    return date.year == year && date.month != nil
  }
}
