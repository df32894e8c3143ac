/// The drugs × mechanisms matrix as a document: the grid, its legend, and every graded cell's
/// note, year and sources (what the matrix rests on).
public struct MatrixExport: ViewExport {
  /// The catalogue shown.
  public let catalog: Catalog

  /// The matrix of `catalog`.
  public init(_ catalog: Catalog) {
    self.catalog = catalog
  }

  /// "3 drugs × 7 mechanisms".
  public var summary: String { "\(catalog.drugs.count) drugs × \(catalog.mechanisms.count) mechanisms" }

  /// The graded cells' sources, in matrix order (drug by drug, mechanism by mechanism), as the
  /// Evidence list numbers them.
  public var sources: [String] {
    var refs = ReferenceList()
    for d in catalog.drugs.indices {
      for m in catalog.mechanisms.indices {
        if let effect = catalog.effect(drugIndex: d, mechanismIndex: m) { _ = refs.key(for: effect.cite) }
      }
    }
    return refs.ids
  }

  /// The Evidence list for `width` cells (one bullet per graded cell), with its sources as it
  /// numbered them.
  public func evidence(width: Int) -> (lines: [String], references: ReferenceList) {
    var refs = ReferenceList()
    var lines = TextLines.heading("Evidence", width: width)
    forEachGradedCell { sentence, effect in
      lines += TextLines.hanging(sentence + " " + refs.key(for: effect.cite), width: width, first: "•", rest: 2)
    }
    return (lines, refs)
  }

  /// The grid, the evidence, then the numbered references.
  public func text(width: Int) -> [String] {
    var lines = MatrixView.lines(catalog, width: width)
    let evidence = evidence(width: width)
    lines += [""] + evidence.lines
    let references = evidence.references.render(catalog, width: width)
    if !references.isEmpty { lines += [""] + references }
    return lines
  }

  /// The grid as a table, the legends, the evidence as a list and the references.
  public func markdown() -> String {
    let e = MarkdownText.inline, paragraph = MarkdownText.block
    var refs = ReferenceList()
    var out = "## Mechanisms: drugs × mechanisms\n\n"
    out += ExportTables.markdownTable(["Drug"] + catalog.mechanisms.map(\.header), catalog.drugs.indices.map { d in
      [e(catalog.drugs[d].name)] + catalog.mechanisms.indices.map { e(MatrixView.symbol(catalog, drugIndex: d, mechanismIndex: $0)) }
    })
    out += "\n" + paragraph(MatrixView.gradeLegend) + "\n"
    if let later = YearLabel.legend(catalog) { out += "\n" + paragraph(later) + "\n" }
    out += "\n### Evidence\n\n"
    forEachGradedCell { sentence, effect in
      out += "- " + paragraph(sentence + " " + refs.key(for: effect.cite)) + "\n"
    }
    return out + ExportTables.markdownReferences(catalog, refs.ids)
  }

  /// One row per drug × mechanism, graded or not.
  public func csv() -> String {
    func later(_ year: Int?) -> String { catalog.isLater(year) ? "yes" : (year == nil || catalog.horizon == nil ? "" : "no") }
    var rows: [[String]] = []
    for d in catalog.drugs.indices {
      for m in catalog.mechanisms.indices {
        let effect = catalog.effect(drugIndex: d, mechanismIndex: m)
        rows.append([catalog.drugs[d].id, catalog.mechanisms[m].id, effect.map { String($0.grade.rawValue) } ?? "",
          effect?.grade.word ?? "no evidence", effect?.year.map(String.init) ?? "", later(effect?.year), effect?.note ?? "",
          effect?.cite.joined(separator: "; ") ?? "", effect?.level?.rawValue ?? ""])
      }
    }
    return CSVWriter.document(header: ["drug", "mechanism", "grade", "grade_word", "year", "after_horizon", "note", "cite", "level"], rows: rows)
  }

  /// One shape serves `imid matrix --format json` and the export: the grades as rows (one
  /// object per drug, keyed by mechanism id) and as cells with their evidence.
  public func json() -> String {
    var members = [JSONMember("legend", .object(Grade.allCases.map { JSONMember(String($0.rawValue), .string($0.word)) }
      + [JSONMember("null", .string(Grade.noEvidence))]))]
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
          JSONMember("level", .optional(effect?.level?.rawValue)),
          JSONMember("year", effect?.year.map(JSONValue.int) ?? .null),
          JSONMember("note", .optional(effect?.note)), JSONMember("cite", .array((effect?.cite ?? []).map(JSONValue.string))),
        ])
      }
    })))
    return ExportTables.json(catalog, view: ExportView.matrix.name, members, sources: sources)
  }

  /// Calls `body` for every graded cell, in matrix order, with one sentence about it:
  /// "Lenalidomide × TNF-α inhibition: +++ strong (2003). <note>".
  func forEachGradedCell(_ body: (String, Effect) -> Void) {
    for d in catalog.drugs.indices {
      for m in catalog.mechanisms.indices {
        guard let effect = catalog.effect(drugIndex: d, mechanismIndex: m) else { continue }
        var text = "\(catalog.drugs[d].name) × \(catalog.mechanisms[m].name): \(effect.grade.symbol) \(effect.grade.word)"
        if let level = effect.level { text += ", " + level.phrase }
        if effect.year != nil { text += " (\(YearLabel.text(effect.year, in: catalog)))" }
        if let note = effect.note { text += ". " + note }
        body(text, effect)
      }
    }
  }
}
