/// The drugs × mechanisms matrix as text: one row per drug, one column per mechanism, grades
/// as `—` `+` `++` `+++` or `?`, then the legend and the column key. When the columns do not
/// fit the width they continue in further blocks below, each repeating the drug column.
public enum MatrixView {
  /// One cell of the matrix as data: its grade (nil: not studied) and whether the finding came
  /// after the catalogue's horizon. Widgets style a cell from this, never from its symbol.
  public struct Cell: Sendable, Equatable {
    /// The grade, or nil when the cell was not studied.
    public var grade: Grade?
    /// Whether the finding is after the horizon (marked `†`).
    public var isLater: Bool
    /// What the grade rests on, when the catalogue says (its letter follows the grade).
    public var level: EvidenceLevel? = nil

    /// The symbol: the grade (or `?`), with `†` when the finding is after the horizon, then the
    /// evidence level's letter, e.g. `++†v`.
    public var symbol: String {
      (grade?.symbol ?? Grade.notStudiedSymbol) + (isLater ? YearLabel.laterMark : "") + (level?.letter ?? "")
    }
  }

  /// The cell of a drug and a mechanism.
  public static func cell(_ catalog: Catalog, drugIndex: Int, mechanismIndex: Int) -> Cell {
    guard let effect = catalog.effect(drugIndex: drugIndex, mechanismIndex: mechanismIndex) else {
      return Cell(grade: nil, isLater: false)
    }
    return Cell(grade: effect.grade, isLater: catalog.isLater(effect.year), level: effect.level)
  }

  /// The symbol of one cell: the grade (or `?`), with `†` when the finding is after the horizon.
  public static func symbol(_ catalog: Catalog, drugIndex: Int, mechanismIndex: Int) -> String {
    cell(catalog, drugIndex: drugIndex, mechanismIndex: mechanismIndex).symbol
  }

  /// The legend line for grades. A grade rates the strength of the effect the sources report,
  /// not the amount of evidence (that is the level's job); `?` is an empty cell.
  public static let gradeLegend = "— none   + weak   ++ moderate   +++ strong   ? \(Grade.noEvidence)"

  /// The legend line for evidence levels, for a catalogue whose cells give them.
  public static let levelLegend =
    "Grades rate the effect reported; the letter after a grade says what it rests on: h patients or volunteers, a animals, v in vitro (cells), c a class statement only."

  /// A cell without an effect, as a sentence (the Citation pane and its Markdown export).
  public static let emptyCellSentence = "? \(Grade.noEvidence) for this cell."

  /// A graded cell in one line: `+++ strong effect · in vitro (cells) · 2012† · after the 2004
  /// review` (the level, the year and the horizon when the catalogue gives them).
  public static func gradeLine(_ effect: Effect, in catalog: Catalog) -> String {
    var line = "\(effect.grade.symbol) \(effect.grade.word) effect"
    if let level = effect.level { line += " · " + level.phrase }
    if let year = effect.year {
      line += " · " + YearLabel.text(year, in: catalog)
      if let horizon = catalog.horizon {
        line += catalog.isLater(year) ? " · after the \(horizon) review" : " · known to the \(horizon) review"
      }
    }
    return line
  }

  /// The whole view's lines, fitting `width` cells.
  public static func lines(_ catalog: Catalog, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    let mechanisms = catalog.mechanisms
    let drugWidth = min(
      max(4, catalog.drugs.map { TextWidth.cells(of: $0.name) }.max() ?? 4),
      max(8, width / 3))
    let columnWidths = mechanisms.map { max(4, TextWidth.cells(of: $0.header)) }
    var start = 0
    repeat {
      // Take as many columns as fit after the drug column (at least one).
      var end = start
      var used = drugWidth
      while end < mechanisms.count, end == start || used + 2 + columnWidths[end] <= width {
        used += 2 + columnWidths[end]
        end += 1
      }
      if start > 0 { lines.append("") }
      var columns = [TextTable.Column("Drug", minWidth: 4, wraps: false)]
      columns += (start..<end).map { TextTable.Column(mechanisms[$0].header, minWidth: 3, wraps: false) }
      let rows = catalog.drugs.indices.map { d in
        [catalog.drugs[d].name] + (start..<end).map { symbol(catalog, drugIndex: d, mechanismIndex: $0) }
      }
      var table = TextTable(columns: columns, rows: rows)
      table.columns[0].minWidth = min(drugWidth, 8)
      lines += table.render(width: width)
      start = end
    } while start < mechanisms.count
    lines.append("")
    lines += TextLines.paragraph(gradeLegend, width: width)
    if catalog.anyEvidenceLevel { lines += TextLines.paragraph(levelLegend, width: width) }
    if let later = YearLabel.legend(catalog) { lines += TextLines.paragraph(later, width: width) }
    if !mechanisms.isEmpty {
      lines.append("")
      let key = TextTable(
        columns: [.init("Column", minWidth: 4, wraps: false), .init("Mechanism", minWidth: 8, maxWidth: 40), .init("First reported", minWidth: 5, wraps: false)],
        rows: mechanisms.map { [$0.header, $0.name, YearLabel.text($0.year, in: catalog)] })
      lines += key.render(width: width)
    }
    return lines
  }
}
