/// The drugs the panes show in one frame, decoded (`VisibleDrugs`), and the matrix's columns,
/// with the window they were read for. `update` brings it up to date (`Browser.normalize`),
/// keeping the drugs it already holds, so a key that moves within the window decodes no drug,
/// and drawing the frame decodes none either.
struct DrugWindow {
  /// The Drugs pane's rows and the matrix's rows.
  var ranges: [Range<Int>] = []
  /// Drugs shown outside those rows (the selected one, the Citation pane's subject).
  var indexes: [Int] = []
  /// The drugs of `ranges` and `indexes`.
  var drugs: VisibleDrugs?
  /// How many of them the last refresh decoded (the others were held already).
  var decodedCount = 0
  /// The matrix's first row, its row count and inner width, and its columns for those.
  var matrixScroll = 0
  var matrixRows = 0
  var matrixWidth = -1
  var columns: MatrixColumns?
  /// The matrix's cells for its rows, every mechanism (each cell reads an effect entry).
  var cells: [Int: [MatrixView.Cell]] = [:]

  /// The window for `state` as `geometry` lays it out, reusing what this one decoded.
  func refreshed(for state: BrowserState, geometry: BrowserGeometry) -> DrugWindow {
    var window = self
    window.ranges = Self.ranges(state, geometry)
    window.indexes = Self.indexes(state)
    window.decodedCount = 0
    // The same rows, and the selected drug among the drugs held (as a move within the window
    // leaves it): nothing to decode or copy.
    let held = drugs.map { drugs in window.ranges == ranges && window.indexes.allSatisfy(drugs.holds) } ?? false
    if !held {
      let refreshed = VisibleDrugs(state.catalog, ranges: window.ranges, indexes: window.indexes, reusing: drugs)
      window.drugs = refreshed
      window.decodedCount = refreshed.decodedCount
    }
    if columns == nil || state.matrixScroll != matrixScroll || geometry.matrixRows != matrixRows
      || geometry.matrixInnerWidth != matrixWidth
    {
      window.matrixScroll = state.matrixScroll
      window.matrixRows = geometry.matrixRows
      window.matrixWidth = geometry.matrixInnerWidth
      let rows = state.matrixScroll..<min(state.catalog.drugs.count, state.matrixScroll + geometry.matrixRows)
      let drugs = window.drugs
      window.columns = MatrixColumns(
        catalog: state.catalog, names: rows.map { drugs?[$0].name ?? state.catalog.drugs[$0].name },
        innerWidth: geometry.matrixInnerWidth)
      var cells: [Int: [MatrixView.Cell]] = [:]
      for d in rows {
        cells[d] = self.cells[d] ?? state.catalog.mechanisms.indices.map {
          MatrixView.cell(state.catalog, drugIndex: d, mechanismIndex: $0)
        }
      }
      window.cells = cells
    }
    return window
  }

  /// The matrix cell of drug `d` and mechanism `m`, read now when the window lacks it.
  func cell(_ catalog: Catalog, drug d: Int, mechanism m: Int) -> MatrixView.Cell {
    if let row = cells[d], row.indices.contains(m) { return row[m] }
    return MatrixView.cell(catalog, drugIndex: d, mechanismIndex: m)
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
