/// Two or three drugs side by side as a document: the compare layout the browser draws, its
/// Markdown tables and JSON (`CompareFormats`), and one CSV row per entry.
public struct CompareExport: ViewExport {
  /// The catalogue compared from.
  public let catalog: Catalog
  /// The compared drugs' indexes, in column order (invalid ones are dropped by `Comparison`).
  public let drugs: [Int]

  /// The comparison of `drugs` in `catalog`.
  public init(_ catalog: Catalog, drugs: [Int]) {
    self.catalog = catalog
    self.drugs = drugs
  }

  /// The comparison itself, built afresh for each format (each format builds it once).
  public var comparison: Comparison { Comparison.build(catalog, drugs: drugs) }

  /// "the comparison of Thalidomide, Lenalidomide".
  public var summary: String {
    "the comparison of " + drugs.compactMap { catalog.drugs.indices.contains($0) ? catalog.drugs[$0].name : nil }.joined(separator: ", ")
  }

  /// As `CompareLayout` numbers them (`CompareFormats.sources`).
  public var sources: [String] { CompareFormats.sources(comparison) }

  /// The summary table, then the details (the compare layout, numbering sources on from the
  /// summary's), ending with the references.
  public func text(width: Int) -> [String] { layout(width: width).lines }

  /// The text's lines and the references they number.
  public func layout(width: Int) -> (lines: [String], references: ReferenceList) {
    let comparison = comparison
    var references = ReferenceList()
    let summary = CompareSummaryLayout(catalog, CompareSummary(comparison), width: width, references: &references)
    let details = CompareLayout(catalog, comparison, width: width, references: references)
    return (summary.text + ["", ""] + TextLines.heading("Details", width: max(1, width)) + details.text, details.references)
  }

  /// The summary table alone, then the references its cells cite (`imid compare --summary`).
  public func summaryText(width: Int) -> [String] {
    var references = ReferenceList()
    let summary = CompareSummaryLayout(catalog, CompareSummary(comparison), width: width, references: &references)
    return summary.text + Self.compactReferences(catalog, references.ids, width: max(1, width))
  }

  /// `Sources` and one line per source (`[4] San Miguel J et al., Lancet Oncol 2013 · PMID 24007748`),
  /// so the summary stays about a screen long; the details give them in full.
  static func compactReferences(_ catalog: Catalog, _ ids: [String], width: Int) -> [String] {
    guard !ids.isEmpty else { return [] }
    let label = String(ids.count).count + 3
    return [""] + TextLines.heading("Sources", width: width) + ids.enumerated().map { index, id in
      guard let c = catalog.citation(id: id) else { return "[\(index + 1)] \(id)" }
      let authors = c.authors.filter { $0 != "et al." }
      let who = authors.first.map { $0 + (c.authors.count > 1 ? " et al." : "") }
      let place = [c.journal ?? c.publisher, String(c.year)].compactMap { $0 }.joined(separator: " ")
      var text = [who ?? c.title, place].joined(separator: ", ")
      if let pmid = c.pmid { text += " · PMID " + pmid } else if let doi = c.doi { text += " · doi:" + doi }
      return TextLines.trimTrailingSpaces(TextWidth.truncate(TextWidth.pad("[\(index + 1)]", to: label) + TextSafety.sanitized(text), to: width))
    }
  }

  /// One table per section (`CompareFormats.markdown`).
  public func markdown() -> String { CompareFormats.markdown(catalog, comparison) }

  /// One row per entry, and one "not reported" row per empty cell.
  public func csv() -> String {
    let comparison = comparison
    var rows: [[String]] = []
    for section in comparison.sections {
      for row in section.rows {
        for (column, entries) in row.cells.enumerated() {
          let drug = comparison.drugIndexes.indices.contains(column) ? catalog.drugs[comparison.drugIndexes[column]].id : ""
          if entries.isEmpty { rows.append([section.title, row.label, drug, "not reported", "", "", "", "", ""]) }
          for entry in entries {
            rows.append([section.title, row.label, drug, entry.headline, entry.body, entry.year.map(String.init) ?? "",
              entry.isLater ? "yes" : "no", entry.isLeader ? "yes" : "no", entry.cite.joined(separator: "; ")])
          }
        }
      }
    }
    return CSVWriter.document(header: ["section", "row", "drug", "headline", "body", "year", "after_horizon", "leader", "cite"], rows: rows)
  }

  /// The drugs, sections, rows and citations (`CompareFormats.json`).
  public func json() -> String { CompareFormats.json(catalog, comparison) }
}
