/// One drug in full as a document (as `imid show`): identity, approvals, mechanism grades,
/// efficacy, safety and the sources of each.
public struct DrugExport: ViewExport {
  /// The catalogue the drug is in.
  public let catalog: Catalog
  /// The drug's index (an invalid one exports an empty view).
  public let drugIndex: Int

  /// Drug `drugIndex` of `catalog` in full.
  public init(_ catalog: Catalog, drugIndex: Int) {
    self.catalog = catalog
    self.drugIndex = drugIndex
  }

  /// "Lenalidomide in full".
  public var summary: String {
    catalog.drugs.indices.contains(drugIndex) ? catalog.drugs[drugIndex].name + " in full" : "a drug"
  }

  /// As `DrugDetailView` numbers them: identity, approvals, every mechanism's grade, then
  /// efficacy and safety in its chronological order.
  public var sources: [String] {
    guard catalog.drugs.indices.contains(drugIndex) else { return [] }
    let drug = catalog.drugs[drugIndex]
    var refs = ReferenceList()
    _ = refs.key(for: drug.cite)
    if let marketing = drug.firstMarketed { _ = refs.key(for: marketing.cite) }
    for approval in drug.approvals { _ = refs.key(for: approval.cite) }
    for m in catalog.mechanisms.indices {
      if let effect = catalog.effect(drugIndex: drugIndex, mechanismIndex: m) { _ = refs.key(for: effect.cite) }
    }
    for result in DrugDetailView.chronological(catalog.efficacy(drugIndex: drugIndex), group: \.setting, year: \.year) {
      _ = refs.key(for: result.cite)
    }
    for result in DrugDetailView.chronological(catalog.safety(drugIndex: drugIndex), group: \.category, year: \.year) {
      _ = refs.key(for: result.cite)
    }
    return refs.ids
  }

  /// `DrugDetailView`'s lines.
  public func text(width: Int) -> [String] { DrugDetailView.lines(catalog, drugIndex: drugIndex, width: width) }

  /// Headings, a table per part and the references (numbered as this document cites them,
  /// in the catalogue's order of results).
  public func markdown() -> String {
    guard catalog.drugs.indices.contains(drugIndex) else { return "" }
    let e = MarkdownText.inline, paragraph = MarkdownText.block, table = ExportTables.markdownTable
    let drug = catalog.drugs[drugIndex]
    // Numbered as the text and every other format number them.
    var refs = ReferenceList()
    for id in sources { _ = refs.number(for: id) }
    var out = "## " + e(drug.name) + (drug.codes.isEmpty ? "" : " (" + e(drug.codes.joined(separator: ", ")) + ")") + "\n\n"
    let identity = [drug.generation, drug.brands.isEmpty ? nil : "Brands: " + drug.brands.joined(separator: ", "),
      drug.formula, drug.molarMass, drug.cas.map { "CAS " + $0 }, drug.atc.map { "ATC " + $0 }].compactMap { $0 }
    if !identity.isEmpty { out += paragraph(identity.joined(separator: " · ")) + "\n\n" }
    if let summary = drug.summary { out += paragraph(summary + " " + refs.key(for: drug.cite)) + "\n\n" }
    if let marketing = drug.firstMarketed {
      out += "### First marketed\n\n" + paragraph(([marketing.when, DrugDetailView.marketingText(marketing)].joined(separator: " · "))
        + " " + refs.key(for: marketing.cite)) + "\n\n"
    }
    if !drug.approvals.isEmpty {
      out += "### Approvals\n\n"
      for approval in drug.approvals {
        let what = [approval.when, approval.region, approval.indication].compactMap { $0 }.joined(separator: " · ")
        out += "- " + paragraph(what + " " + refs.key(for: approval.cite)) + "\n"
      }
      out += "\n"
    }
    out += "### Mechanisms\n\n"
    out += table(["Mechanism", "Grade", "Year", "Evidence"], catalog.mechanisms.indices.map { m in
      guard let effect = catalog.effect(drugIndex: drugIndex, mechanismIndex: m) else {
        return [e(catalog.mechanisms[m].name), Grade.notStudiedSymbol, "", Grade.noEvidence]
      }
      return [e(catalog.mechanisms[m].name), e(effect.grade.symbol + (effect.level.map { " " + $0.rawValue } ?? "")),
              e(YearLabel.text(effect.year, in: catalog)), e((effect.note ?? "") + " " + refs.key(for: effect.cite))]
    })
    out += "\n### Efficacy\n\n"
    let efficacy = DrugDetailView.chronological(catalog.efficacy(drugIndex: drugIndex), group: \.setting, year: \.year)
    out += table(["Year", "Study", "Setting", "N", "Outcome"], efficacy.map { r in
      [e(YearLabel.text(r.year, in: catalog)), e([r.study, r.design].compactMap { $0 }.joined(separator: ", ")),
       e(r.setting ?? ""), r.n.map(String.init) ?? "", e(r.outcome + " " + refs.key(for: r.cite))]
    })
    out += "\n### Safety\n\n"
    let safety = DrugDetailView.chronological(catalog.safety(drugIndex: drugIndex), group: \.category, year: \.year)
    out += table(["Year", "Event", "Rate", "Context"], safety.map { r in
      [e(YearLabel.text(r.year, in: catalog)), e((r.category.map { $0 + ": " } ?? "") + r.event + (r.boxed ? " (boxed warning)" : "")),
       e([r.rate, r.severity].compactMap { $0 }.joined(separator: ", ")),
       e([r.study, r.context].compactMap { $0 }.joined(separator: "; ") + " " + refs.key(for: r.cite))]
    })
    if let later = YearLabel.legend(catalog) { out += "\n" + paragraph(later) + "\n" }
    return out + ExportTables.markdownReferences(catalog, refs.ids)
  }

  /// One row per source.
  public func csv() -> String { ExportTables.sourcesCSV(catalog, sources) }

  /// The drug, its graded mechanisms, efficacy and safety results, then the references.
  public func json() -> String {
    guard catalog.drugs.indices.contains(drugIndex) else {
      return ExportTables.json(catalog, view: ExportView.drug(drugIndex).name, [], sources: [])
    }
    var members = [JSONMember("drug", ExportTables.drugJSON(catalog.drugs[drugIndex]))]
    members.append(JSONMember("mechanisms", .array(catalog.mechanisms.indices.compactMap { m in
      catalog.effect(drugIndex: drugIndex, mechanismIndex: m).map { effect in
        .object([JSONMember("mechanism", .string(catalog.mechanisms[m].id)), JSONMember("grade", .int(effect.grade.rawValue)),
                 JSONMember("year", effect.year.map(JSONValue.int) ?? .null), JSONMember("note", .optional(effect.note)),
                 JSONMember("cite", .array(effect.cite.map(JSONValue.string)))])
      }
    })))
    members.append(JSONMember("efficacy", .array(catalog.efficacy(drugIndex: drugIndex).map { r in
      .object([JSONMember("study", .optional(r.study)), JSONMember("design", .optional(r.design)),
               JSONMember("n", r.n.map(JSONValue.int) ?? .null), JSONMember("setting", .optional(r.setting)),
               JSONMember("regimen", .optional(r.regimen)), JSONMember("outcome", .string(r.outcome)),
               JSONMember("year", r.year.map(JSONValue.int) ?? .null), JSONMember("cite", .array(r.cite.map(JSONValue.string)))])
    })))
    members.append(JSONMember("safety", .array(catalog.safety(drugIndex: drugIndex).map { r in
      .object([JSONMember("event", .string(r.event)), JSONMember("category", .optional(r.category)),
               JSONMember("rate", .optional(r.rate)), JSONMember("severity", .optional(r.severity)),
               JSONMember("context", .optional(r.context)), JSONMember("boxed", .bool(r.boxed)),
               JSONMember("year", r.year.map(JSONValue.int) ?? .null), JSONMember("cite", .array(r.cite.map(JSONValue.string)))])
    })))
    return ExportTables.json(catalog, view: ExportView.drug(drugIndex).name, members, sources: sources)
  }
}
