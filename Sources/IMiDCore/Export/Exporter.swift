/// Renders a view in full (every row and column, never clipped to a screen) in one format.
/// Text goes through the same renderers as the screen and `imid` subcommands, so an export
/// says what the browser shows; every format ends with, or consists of, the view's sources.
public enum Exporter {
  /// The document for `view` in `format`; text is laid out for `width` cells (ASCII only when asked).
  public static func export(_ catalog: Catalog, _ view: ExportView, format: ExportFormat, width: Int = 80, ascii: Bool = false) -> ExportDocument {
    let source = ascii ? catalog.mappingText(ASCIIText.transliterate) : catalog
    let width = max(20, width)
    // The view's sources on their own are needed by the citation formats and by the summary
    // of a citation view; other exports list them in their text and need not find them twice.
    let needsSources: Bool
    switch (format, view) {
    case (.bibtex, _), (.ris, _), (.cslJSON, _), (_, .citation): needsSources = true
    default: needsSources = false
    }
    let citations = needsSources ? citationIDs(source, view).compactMap { source.citation(id: $0) } : []
    var contents: String
    switch format {
    case .text:
      let text = lines(source, view, width: width)
      contents = (ascii ? text.map(ASCIIText.glyphs) : text).joined(separator: "\n") + "\n"
    case .md: contents = markdown(source, view)
    case .csv: contents = csv(source, view)
    case .json: contents = json(source, view)
    case .bibtex: contents = BibTeXWriter.document(citations)
    case .ris: contents = RISWriter.document(citations)
    case .cslJSON: contents = CSLJSONWriter.document(citations)
    }
    if ascii { contents = ASCIIText.glyphs(contents) }
    return ExportDocument(contents: contents, summary: summary(catalog, view, format: format, citations: citations.count))
  }

  /// "3 drugs × 7 mechanisms", "Lenalidomide in full", …; for citation formats, "12 sources".
  static func summary(_ catalog: Catalog, _ view: ExportView, format: ExportFormat, citations: Int) -> String {
    if format == .bibtex || format == .ris || format == .cslJSON { return "\(citations) source\(citations == 1 ? "" : "s")" }
    switch view {
    case .drugs: return "\(catalog.drugs.count) drug\(catalog.drugs.count == 1 ? "" : "s")"
    case .matrix: return "\(catalog.drugs.count) drugs × \(catalog.mechanisms.count) mechanisms"
    case .compare(let drugs): return "the comparison of " + drugs.compactMap { catalog.drugs.indices.contains($0) ? catalog.drugs[$0].name : nil }.joined(separator: ", ")
    case .citation: return "the citation detail (\(citations) source\(citations == 1 ? "" : "s"))"
    case .drug(let index): return catalog.drugs.indices.contains(index) ? catalog.drugs[index].name + " in full" : "a drug"
    }
  }

  /// The sources a view cites, numbered in the order its text numbers them.
  public static func citationIDs(_ catalog: Catalog, _ view: ExportView) -> [String] {
    switch view {
    case .drugs: return drugListReferences(catalog).ids
    case .matrix: return matrixEvidence(catalog, width: 80).references.ids
    case .compare(let drugs): return CompareLayout(catalog, Comparison.build(catalog, drugs: drugs), width: 80).references.ids
    case .citation(let subject):
      if case .citation(let id) = subject { return [id] }
      return DetailDocument.build(catalog, subject: subject, width: 80).sourceIDs
    case .drug(let index): return DrugDetailView.render(catalog, drugIndex: index, width: 80).references.ids
    }
  }

  // MARK: - Text

  static func lines(_ catalog: Catalog, _ view: ExportView, width: Int) -> [String] {
    var lines: [String] = []
    if let title = catalog.title { lines += TextLines.paragraph(title, width: width) + [""] }
    switch view {
    case .drugs:
      var refs = ReferenceList()
      let table = TextTable(
        columns: [.init("Drug", minWidth: 8), .init("Code names", minWidth: 6), .init("Brands", minWidth: 6),
          .init("Generation", minWidth: 6), .init("First approved", minWidth: 7), .init("Sources", minWidth: 5)],
        rows: catalog.drugs.map { drug in
          [drug.name, drug.codes.joined(separator: ", "), drug.brands.joined(separator: ", "), drug.generation ?? "",
           DrugListView.firstApproval(drug) ?? "", refs.key(for: unique(drug.cite + drug.approvals.flatMap(\.cite)))]
        })
      lines += table.render(width: width)
      let references = refs.render(catalog, width: width)
      if !references.isEmpty { lines += [""] + references }
    case .matrix:
      lines += MatrixView.lines(catalog, width: width)
      let evidence = matrixEvidence(catalog, width: width)
      lines += [""] + evidence.lines
      let references = evidence.references.render(catalog, width: width)
      if !references.isEmpty { lines += [""] + references }
    case .compare(let drugs):
      lines += CompareLayout(catalog, Comparison.build(catalog, drugs: drugs), width: width).text
    case .citation(let subject):
      lines += DetailDocument.build(catalog, subject: subject, width: width).lines.map(\.text)
    case .drug(let index):
      lines += DrugDetailView.lines(catalog, drugIndex: index, width: width)
    }
    return lines
  }

  static func drugListReferences(_ catalog: Catalog) -> ReferenceList {
    var refs = ReferenceList()
    for drug in catalog.drugs { _ = refs.key(for: unique(drug.cite + drug.approvals.flatMap(\.cite))) }
    return refs
  }

  /// Every graded cell with its note, year and sources: what the matrix rests on.
  static func matrixEvidence(_ catalog: Catalog, width: Int) -> (lines: [String], references: ReferenceList) {
    var refs = ReferenceList()
    var lines = TextLines.heading("Evidence", width: width)
    forEachGradedCell(catalog) { sentence, effect in
      lines += TextLines.hanging(sentence + " " + refs.key(for: effect.cite), width: width, first: "•", rest: 2)
    }
    return (lines, refs)
  }

  /// Calls `body` for every graded cell, in matrix order, with one sentence about it:
  /// "Lenalidomide × TNF-α inhibition: +++ strong (2003). <note>".
  static func forEachGradedCell(_ catalog: Catalog, _ body: (String, Effect) -> Void) {
    for d in catalog.drugs.indices {
      for m in catalog.mechanisms.indices {
        guard let effect = catalog.effect(drugIndex: d, mechanismIndex: m) else { continue }
        var text = "\(catalog.drugs[d].name) × \(catalog.mechanisms[m].name): \(effect.grade.symbol) \(effect.grade.word)"
        if effect.year != nil { text += " (\(YearLabel.text(effect.year, in: catalog)))" }
        if let note = effect.note { text += ". " + note }
        body(text, effect)
      }
    }
  }

  static func unique(_ ids: [String]) -> [String] {
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }

  // MARK: - Markdown

  static func markdown(_ catalog: Catalog, _ view: ExportView) -> String {
    let e = MarkdownText.inline, paragraph = MarkdownText.block
    var out = ""
    var refs = ReferenceList()
    func table(_ header: [String], _ rows: [[String]]) {
      out += "| " + header.map(e).joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: header.count) + "\n"
      for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
    }
    switch view {
    case .compare(let drugs):
      return CompareFormats.markdown(catalog, Comparison.build(catalog, drugs: drugs))
    case .drugs:
      out += "## " + e(catalog.title ?? "Drugs") + "\n\n"
      table(["Drug", "Code names", "Brands", "Generation", "First approved", "Sources"], catalog.drugs.map { drug in
        [e(drug.name), e(drug.codes.joined(separator: ", ")), e(drug.brands.joined(separator: ", ")), e(drug.generation ?? ""),
         e(DrugListView.firstApproval(drug) ?? ""), e(refs.key(for: unique(drug.cite + drug.approvals.flatMap(\.cite))))]
      })
    case .matrix:
      out += "## Mechanisms: drugs × mechanisms\n\n"
      table(["Drug"] + catalog.mechanisms.map(\.header), catalog.drugs.indices.map { d in
        [e(catalog.drugs[d].name)] + catalog.mechanisms.indices.map { e(MatrixView.symbol(catalog, drugIndex: d, mechanismIndex: $0)) }
      })
      out += "\n" + paragraph(MatrixView.gradeLegend) + "\n"
      if let later = YearLabel.legend(catalog) { out += "\n" + paragraph(later) + "\n" }
      out += "\n### Evidence\n\n"
      forEachGradedCell(catalog) { sentence, effect in
        out += "- " + paragraph(sentence + " " + refs.key(for: effect.cite)) + "\n"
      }
    case .citation(let subject):
      return CitationMarkdown.document(catalog, subject: subject, sources: citationIDs(catalog, view))
    case .drug(let index):
      guard catalog.drugs.indices.contains(index) else { return "" }
      let drug = catalog.drugs[index]
      out += "## " + e(drug.name) + (drug.codes.isEmpty ? "" : " (" + e(drug.codes.joined(separator: ", ")) + ")") + "\n\n"
      let identity = [drug.generation, drug.brands.isEmpty ? nil : "Brands: " + drug.brands.joined(separator: ", "),
        drug.formula, drug.molarMass, drug.cas.map { "CAS " + $0 }, drug.atc.map { "ATC " + $0 }].compactMap { $0 }
      if !identity.isEmpty { out += paragraph(identity.joined(separator: " · ")) + "\n\n" }
      if let summary = drug.summary { out += paragraph(summary + " " + refs.key(for: drug.cite)) + "\n\n" }
      if !drug.approvals.isEmpty {
        out += "### Approvals\n\n"
        for approval in drug.approvals {
          out += "- " + paragraph([approval.when, approval.region, approval.indication].compactMap { $0 }.joined(separator: " · ") + " " + refs.key(for: approval.cite)) + "\n"
        }
        out += "\n"
      }
      out += "### Mechanisms\n\n"
      table(["Mechanism", "Grade", "Year", "Evidence"], catalog.mechanisms.indices.map { m in
        guard let effect = catalog.effect(drugIndex: index, mechanismIndex: m) else {
          return [e(catalog.mechanisms[m].name), "?", "", "not studied"]
        }
        return [e(catalog.mechanisms[m].name), e(effect.grade.symbol), e(YearLabel.text(effect.year, in: catalog)),
                e((effect.note ?? "") + " " + refs.key(for: effect.cite))]
      })
      out += "\n### Efficacy\n\n"
      table(["Year", "Study", "Setting", "N", "Outcome"], catalog.efficacy(drugIndex: index).map { r in
        [e(YearLabel.text(r.year, in: catalog)), e([r.study, r.design].compactMap { $0 }.joined(separator: ", ")),
         e(r.setting ?? ""), r.n.map(String.init) ?? "", e(r.outcome + " " + refs.key(for: r.cite))]
      })
      out += "\n### Safety\n\n"
      table(["Year", "Event", "Rate", "Context"], catalog.safety(drugIndex: index).map { r in
        [e(YearLabel.text(r.year, in: catalog)), e((r.category.map { $0 + ": " } ?? "") + r.event + (r.boxed ? " (boxed warning)" : "")),
         e([r.rate, r.severity].compactMap { $0 }.joined(separator: ", ")),
         e([r.study, r.context].compactMap { $0 }.joined(separator: "; ") + " " + refs.key(for: r.cite))]
      })
      if let later = YearLabel.legend(catalog) { out += "\n" + paragraph(later) + "\n" }
    }
    if !refs.ids.isEmpty {
      out += "\n### References\n\n"
      for (index, id) in refs.ids.enumerated() {
        out += "\(index + 1). " + paragraph(catalog.citation(id: id).map(CitationFormatter.reference) ?? id) + "\n"
      }
    }
    return out
  }

  // MARK: - CSV

  static func csv(_ catalog: Catalog, _ view: ExportView) -> String {
    func later(_ year: Int?) -> String { catalog.isLater(year) ? "yes" : (year == nil || catalog.horizon == nil ? "" : "no") }
    func year(_ year: Int?) -> String { year.map(String.init) ?? "" }
    switch view {
    case .drugs:
      return CSVWriter.document(
        header: ["id", "name", "codes", "brands", "generation", "first_approval", "sources"],
        rows: catalog.drugs.map { d in
          [d.id, d.name, d.codes.joined(separator: "; "), d.brands.joined(separator: "; "), d.generation ?? "",
           DrugListView.firstApproval(d) ?? "", unique(d.cite + d.approvals.flatMap(\.cite)).joined(separator: "; ")]
        })
    case .matrix:
      var rows: [[String]] = []
      for d in catalog.drugs.indices {
        for m in catalog.mechanisms.indices {
          let effect = catalog.effect(drugIndex: d, mechanismIndex: m)
          rows.append([catalog.drugs[d].id, catalog.mechanisms[m].id, effect.map { String($0.grade.rawValue) } ?? "",
            effect?.grade.word ?? "not studied", year(effect?.year), later(effect?.year), effect?.note ?? "",
            effect?.cite.joined(separator: "; ") ?? ""])
        }
      }
      return CSVWriter.document(header: ["drug", "mechanism", "grade", "grade_word", "year", "after_horizon", "note", "cite"], rows: rows)
    case .compare(let drugs):
      let comparison = Comparison.build(catalog, drugs: drugs)
      var rows: [[String]] = []
      for section in comparison.sections {
        for row in section.rows {
          for (column, entries) in row.cells.enumerated() {
            let drug = catalog.drugs[comparison.drugIndexes[column]].id
            if entries.isEmpty { rows.append([section.title, row.label, drug, "not reported", "", "", "", "", ""]) }
            for entry in entries {
              rows.append([section.title, row.label, drug, entry.headline, entry.body, year(entry.year),
                entry.isLater ? "yes" : "no", entry.isLeader ? "yes" : "no", entry.cite.joined(separator: "; ")])
            }
          }
        }
      }
      return CSVWriter.document(header: ["section", "row", "drug", "headline", "body", "year", "after_horizon", "leader", "cite"], rows: rows)
    case .citation, .drug:
      let ids = citationIDs(catalog, view)
      return CSVWriter.document(
        header: ["number", "id", "authors", "title", "journal", "year", "volume", "issue", "pages", "pmid", "doi", "summary"],
        rows: ids.enumerated().compactMap { index, id in
          catalog.citation(id: id).map { c in
            [String(index + 1), c.id, c.authors.joined(separator: "; "), c.title, c.journal ?? c.publisher ?? "", String(c.year),
             c.volume ?? "", c.issue ?? "", c.pages ?? "", c.pmid ?? "", c.doi ?? "", c.summary ?? ""]
          }
        })
    }
  }

  // MARK: - JSON

  static func json(_ catalog: Catalog, _ view: ExportView) -> String {
    if case .compare(let drugs) = view { return CompareFormats.json(catalog, Comparison.build(catalog, drugs: drugs)) }
    let ids = citationIDs(catalog, view)
    var members = [JSONMember("view", .string(view.name)), JSONMember("title", .optional(catalog.title)),
                   JSONMember("horizon", catalog.horizon.map(JSONValue.int) ?? .null)]
    switch view {
    case .drugs:
      members.append(JSONMember("drugs", .array(catalog.drugs.map(drugJSON))))
    case .matrix:
      // One shape serves `imid matrix --format json` and the export: the grades as rows (one
      // object per drug, keyed by mechanism id) and as cells with their evidence.
      members.append(JSONMember("legend", .object(Grade.allCases.map { JSONMember(String($0.rawValue), .string($0.word)) }
        + [JSONMember("null", .string("not studied"))])))
      members.append(JSONMember("mechanisms", .array(catalog.mechanisms.map { m in
        .object([JSONMember("id", .string(m.id)), JSONMember("name", .string(m.name)), JSONMember("short", .string(m.header)),
                 JSONMember("year", m.year.map(JSONValue.int) ?? .null)])
      })))
      members.append(JSONMember("rows", .array(catalog.drugs.indices.map { d in
        .object([
          JSONMember("drug", .string(catalog.drugs[d].id)),
          JSONMember("name", .string(catalog.drugs[d].name)),
          JSONMember("grades", .object(catalog.mechanisms.indices.map { m in
            JSONMember(catalog.mechanisms[m].id, catalog.effect(drugIndex: d, mechanismIndex: m).map { .int($0.grade.rawValue) } ?? .null)
          })),
        ])
      })))
      members.append(JSONMember("cells", .array(catalog.drugs.indices.flatMap { d in
        catalog.mechanisms.indices.map { m in
          let effect = catalog.effect(drugIndex: d, mechanismIndex: m)
          return .object([
            JSONMember("drug", .string(catalog.drugs[d].id)), JSONMember("mechanism", .string(catalog.mechanisms[m].id)),
            JSONMember("grade", effect.map { .int($0.grade.rawValue) } ?? .null),
            JSONMember("year", effect?.year.map(JSONValue.int) ?? .null),
            JSONMember("note", .optional(effect?.note)), JSONMember("cite", .array((effect?.cite ?? []).map(JSONValue.string))),
          ])
        }
      })))
    case .citation(let subject):
      members.append(JSONMember("subject", subjectJSON(catalog, subject)))
    case .drug(let index):
      if catalog.drugs.indices.contains(index) {
        members.append(JSONMember("drug", drugJSON(catalog.drugs[index])))
        members.append(JSONMember("mechanisms", .array(catalog.mechanisms.indices.compactMap { m in
          catalog.effect(drugIndex: index, mechanismIndex: m).map { effect in
            .object([JSONMember("mechanism", .string(catalog.mechanisms[m].id)), JSONMember("grade", .int(effect.grade.rawValue)),
                     JSONMember("year", effect.year.map(JSONValue.int) ?? .null), JSONMember("note", .optional(effect.note)),
                     JSONMember("cite", .array(effect.cite.map(JSONValue.string)))])
          }
        })))
        members.append(JSONMember("efficacy", .array(catalog.efficacy(drugIndex: index).map { r in
          .object([JSONMember("study", .optional(r.study)), JSONMember("design", .optional(r.design)),
                   JSONMember("n", r.n.map(JSONValue.int) ?? .null), JSONMember("setting", .optional(r.setting)),
                   JSONMember("regimen", .optional(r.regimen)), JSONMember("outcome", .string(r.outcome)),
                   JSONMember("year", r.year.map(JSONValue.int) ?? .null), JSONMember("cite", .array(r.cite.map(JSONValue.string)))])
        })))
        members.append(JSONMember("safety", .array(catalog.safety(drugIndex: index).map { r in
          .object([JSONMember("event", .string(r.event)), JSONMember("category", .optional(r.category)),
                   JSONMember("rate", .optional(r.rate)), JSONMember("severity", .optional(r.severity)),
                   JSONMember("context", .optional(r.context)), JSONMember("boxed", .bool(r.boxed)),
                   JSONMember("year", r.year.map(JSONValue.int) ?? .null), JSONMember("cite", .array(r.cite.map(JSONValue.string)))])
        })))
      }
    case .compare: break
    }
    members.append(JSONMember("references", .array(ids.enumerated().compactMap { index, id in
      catalog.citation(id: id).map { c in
        .object([JSONMember("number", .int(index + 1)), JSONMember("id", .string(c.id)),
                 JSONMember("reference", .string(CitationFormatter.reference(c))),
                 JSONMember("pmid", .optional(c.pmid)), JSONMember("doi", .optional(c.doi))])
      }
    })))
    return JSONWriter.document(.object(members))
  }

  /// What the Citation pane is about, as data (its text is for people: `references` lists the
  /// sources in full).
  static func subjectJSON(_ catalog: Catalog, _ subject: DetailSubject) -> JSONValue {
    switch subject {
    case .none:
      return .object([JSONMember("kind", .string("none"))])
    case .drug(let index):
      guard catalog.drugs.indices.contains(index) else { return .null }
      return .object([JSONMember("kind", .string("drug")), JSONMember("drug", drugJSON(catalog.drugs[index]))])
    case .cell(let d, let m):
      guard catalog.drugs.indices.contains(d), catalog.mechanisms.indices.contains(m) else { return .null }
      let effect = catalog.effect(drugIndex: d, mechanismIndex: m)
      return .object([
        JSONMember("kind", .string("cell")), JSONMember("drug", .string(catalog.drugs[d].id)),
        JSONMember("mechanism", .string(catalog.mechanisms[m].id)),
        JSONMember("grade", effect.map { .int($0.grade.rawValue) } ?? .null),
        JSONMember("year", effect?.year.map(JSONValue.int) ?? .null),
        JSONMember("afterHorizon", .bool(catalog.isLater(effect?.year))),
        JSONMember("note", .optional(effect?.note)), JSONMember("cite", .array((effect?.cite ?? []).map(JSONValue.string))),
      ])
    case .citation(let id):
      return .object([
        JSONMember("kind", .string("citation")), JSONMember("id", .string(id)),
        JSONMember("citedFor", .array(CitationView.citingFacts(catalog, citationID: id).map(JSONValue.string))),
      ])
    }
  }

  static func drugJSON(_ drug: Drug) -> JSONValue {
    .object([
      JSONMember("id", .string(drug.id)), JSONMember("name", .string(drug.name)),
      JSONMember("codes", .array(drug.codes.map(JSONValue.string))), JSONMember("brands", .array(drug.brands.map(JSONValue.string))),
      JSONMember("generation", .optional(drug.generation)), JSONMember("summary", .optional(drug.summary)),
      JSONMember("firstApproval", .optional(DrugListView.firstApproval(drug))),
      JSONMember("approvals", .array(drug.approvals.map { a in
        .object([JSONMember("year", .int(a.year)), JSONMember("date", .optional(a.date)), JSONMember("region", .optional(a.region)),
                 JSONMember("indication", .optional(a.indication)), JSONMember("cite", .array(a.cite.map(JSONValue.string)))])
      })),
      JSONMember("cite", .array(drug.cite.map(JSONValue.string))),
    ])
  }
}
