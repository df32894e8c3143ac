/// Sizes derived from a state's layout that both `update` (paging, scrolling) and the view need.
struct BrowserGeometry {
  let layout: BrowserLayout

  init(_ state: BrowserState) {
    layout = BrowserLayout.compute(width: state.width, height: state.height, focus: state.focus, drugCount: state.catalog.drugs.count)
  }

  /// Drug rows visible in the Drugs pane.
  var drugRows: Int { max(0, layout.drugs.height - 2) }
  /// Drug rows visible in the matrix (below its header, above its legend).
  var matrixRows: Int { max(0, layout.matrix.height - 4) }
  /// The matrix pane's inner width.
  var matrixInnerWidth: Int { max(0, layout.matrix.width - 2) }
  /// The Citation pane's inner size.
  var detailWidth: Int { max(0, layout.detail.width - 2) }
  var detailHeight: Int { max(0, layout.detail.height - 2) }

  /// A page for the focused pane: its visible rows less one (at least one).
  func page(for pane: Pane) -> Int {
    switch pane {
    case .drugs: return max(1, drugRows - 1)
    case .matrix: return max(1, matrixRows - 1)
    case .detail: return max(1, detailHeight - 1)
    }
  }
}
