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

  /// The compare layout's lines.
  public func text(width: Int) -> [String] { CompareLayout(catalog, comparison, width: width).text }

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
