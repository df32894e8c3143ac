/// The matrix pane's column geometry: a cursor column, the drug-name column, then one column per
/// mechanism wide enough for its header and for a selected cell such as `[+++†h]`. When the
/// columns do not fit, the view scrolls sideways and keeps the selected column visible.
struct MatrixColumns {
  /// Cells before the first mechanism column: cursor mark + name + gap.
  let nameWidth: Int
  /// Width of each mechanism column.
  let widths: [Int]
  /// The pane's inner width.
  let innerWidth: Int

  /// Room for `[+++†]`, and one more cell for an evidence-level letter (`[+++†h]`).
  static func minimumCellWidth(_ catalog: Catalog) -> Int { catalog.anyEvidenceLevel ? 7 : 6 }

  /// Columns for `catalog`'s mechanisms, the name column as wide as the longest of `names`
  /// (the visible drugs') within a third of the pane.
  init(catalog: Catalog, names: [String], innerWidth: Int) {
    var longest = TextWidth.cells(of: "Drug")
    for name in names { longest = max(longest, TextWidth.cells(of: name)) }
    nameWidth = min(longest, max(8, innerWidth / 3))
    widths = catalog.mechanisms.map { max(Self.minimumCellWidth(catalog), TextWidth.cells(of: $0.header) + 1) }
    self.innerWidth = innerWidth
  }

  /// x offset (inside the pane) where mechanism columns start.
  var firstColumnX: Int { 1 + nameWidth }

  /// The columns that fit when the first shown column is `scroll` (at least one when any exist).
  func visible(from scroll: Int) -> Range<Int> {
    guard !widths.isEmpty else { return 0..<0 }
    let start = min(max(0, scroll), widths.count - 1)
    var end = start
    var used = firstColumnX
    // Leave two cells for the ◀ ▶ indicators when not everything fits.
    let room = innerWidth - (fitsAll ? 0 : 2)
    while end < widths.count, end == start || used + 1 + widths[end] <= room {
      used += 1 + widths[end]
      end += 1
    }
    return start..<end
  }

  /// Whether every column fits at once.
  var fitsAll: Bool { firstColumnX + widths.reduce(0) { $0 + 1 + $1 } <= innerWidth }

  /// The scroll offset that keeps `column` visible, moving as little as possible from `scroll`.
  func scroll(keeping column: Int, from scroll: Int) -> Int {
    guard !widths.isEmpty else { return 0 }
    var scroll = min(max(0, scroll), widths.count - 1)
    if column < scroll { return column }
    while !visible(from: scroll).contains(column), scroll < column { scroll += 1 }
    return scroll
  }

  /// The column at pane-relative x for the first shown column `scroll`, if any.
  func column(atX x: Int, scroll: Int) -> Int? {
    var left = firstColumnX
    for column in visible(from: scroll) {
      if x >= left, x < left + 1 + widths[column] { return column }
      left += 1 + widths[column]
    }
    return nil
  }
}
