/// The drugs the panes show in one frame, decoded (`VisibleDrugs`), and the matrix's columns
/// and cells, with the window they were read for. `update` keeps one (`Browser.normalize`),
/// built from the one before, so a key that moves within the window decodes no drug, and
/// drawing the frame (or placing a click) reads it instead of decoding again.
struct DrugWindow {
  /// The Drugs pane's rows and the matrix's rows.
  let ranges: [Range<Int>]
  /// Drugs shown outside those rows (the selected one, the Citation pane's subject).
  let indexes: [Int]
  /// The drugs of `ranges` and `indexes`.
  let drugs: VisibleDrugs
  /// How many of them were decoded for this window (the others were held already).
  let decodedCount: Int
  /// The matrix's first row, its row count and inner width, and its columns for those.
  let matrixScroll: Int
  let matrixRows: Int
  let matrixWidth: Int
  let columns: MatrixColumns
  /// The matrix's cells for its rows, every mechanism (each cell reads an effect entry).
  let cells: [Int: [MatrixCell]]

  /// A matrix cell as the window keeps it: the cell, and its symbol put together once for the
  /// window rather than on every frame.
  struct MatrixCell {
    let cell: MatrixView.Cell
    let symbol: String

    init(_ catalog: Catalog, drug d: Int, mechanism m: Int) {
      cell = MatrixView.cell(catalog, drugIndex: d, mechanismIndex: m)
      symbol = cell.symbol
    }
  }

  /// The window for `state` as `geometry` lays it out, taking from `earlier` what it holds.
  init(for state: BrowserState, geometry: BrowserGeometry, reusing earlier: DrugWindow?) {
    let catalog = state.catalog
    ranges = Self.ranges(state, geometry)
    indexes = Self.indexes(state)
    // The same rows, and the selected drug among the drugs held (as a move within the window
    // leaves it): nothing to decode or copy.
    if let earlier, earlier.ranges == ranges, indexes.allSatisfy(earlier.drugs.holds) {
      drugs = earlier.drugs
      decodedCount = 0
    } else {
      drugs = VisibleDrugs(catalog, ranges: ranges, indexes: indexes, reusing: earlier?.drugs)
      decodedCount = drugs.decodedCount
    }
    matrixScroll = state.matrixScroll
    matrixRows = geometry.matrixRows
    matrixWidth = geometry.matrixInnerWidth
    if let earlier, earlier.matrixScroll == matrixScroll, earlier.matrixRows == matrixRows,
      earlier.matrixWidth == matrixWidth
    {
      columns = earlier.columns
      cells = earlier.cells
      return
    }
    let rows = matrixScroll..<min(catalog.drugs.count, matrixScroll + matrixRows)
    let drugs = drugs
    columns = MatrixColumns(catalog: catalog, names: rows.map { drugs[$0].name }, innerWidth: matrixWidth)
    var cells: [Int: [MatrixCell]] = [:]
    for d in rows {
      cells[d] = earlier?.cells[d] ?? catalog.mechanisms.indices.map { MatrixCell(catalog, drug: d, mechanism: $0) }
    }
    self.cells = cells
  }

  /// The window `state` shows as `geometry` lays it out: the one `update` kept when it is
  /// that one (it is, after any key), else a new one.
  static func shown(_ state: BrowserState, _ geometry: BrowserGeometry) -> DrugWindow {
    if let kept = state.drugWindow, kept.ranges == ranges(state, geometry), kept.indexes == indexes(state),
      kept.matrixScroll == state.matrixScroll, kept.matrixRows == geometry.matrixRows,
      kept.matrixWidth == geometry.matrixInnerWidth
    {
      return kept
    }
    return DrugWindow(for: state, geometry: geometry, reusing: state.drugWindow)
  }

  /// The matrix cells of drug `d`, every mechanism (read now when the window lacks them).
  func matrixRow(_ catalog: Catalog, drug d: Int) -> [MatrixCell] {
    cells[d] ?? catalog.mechanisms.indices.map { MatrixCell(catalog, drug: d, mechanism: $0) }
  }

  /// The rows of the Drugs pane and of the matrix.
  static func ranges(_ state: BrowserState, _ geometry: BrowserGeometry) -> [Range<Int>] {
    [state.drugScroll..<(state.drugScroll + geometry.drugRows),
     state.matrixScroll..<(state.matrixScroll + geometry.matrixRows)]
  }

  /// The selected drug and the Citation pane's drug, if it shows one.
  static func indexes(_ state: BrowserState) -> [Int] {
    switch state.detail {
    case .drug(let d), .cell(let d, _): return [state.drugIndex, d]
    case .none, .citation: return [state.drugIndex]
    }
  }
}
