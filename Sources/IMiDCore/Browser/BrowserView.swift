/// Draws a browser state into a grid exactly the state's size: the view half of the browser.
/// Pure: the same state always gives the same grid, which is what golden tests compare.
public enum BrowserView {
  /// The whole screen (in plain ASCII when the state asks for it).
  public static func render(_ state: BrowserState) -> Grid {
    let grid = draw(state)
    return state.ascii ? grid.ascii() : grid
  }

  private static func draw(_ state: BrowserState) -> Grid {
    var grid = Grid(width: state.width, height: state.height)
    let geometry = BrowserGeometry(state)
    let layout = geometry.layout
    let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
    switch layout.mode {
    case .tooSmall:
      let lines = ["Terminal too small", "need \(BrowserLayout.minimumSize.width)×\(BrowserLayout.minimumSize.height)", "q quits"]
      for (index, line) in lines.enumerated() where index < state.height {
        grid.write(TextWidth.truncate(line, to: state.width), x: 0, y: index, style: index == 0 ? .warning : .normal)
      }
      return grid
    case .threePanes, .tabbed:
      if let reader = state.reader {
        ReaderWidget(state: state, reader: reader).render(in: screen, into: &grid)
        if state.showsHelp { HelpOverlayWidget(state: state).render(in: screen, into: &grid) }
        StatusLineWidget(state: state).render(in: layout.status, into: &grid)
        return grid
      }
      if let compare = state.compare {
        CompareWidget(state: state, screen: compare).render(in: screen, into: &grid)
        if state.showsHelp { HelpOverlayWidget(state: state).render(in: screen, into: &grid) }
        StatusLineWidget(state: state).render(in: layout.status, into: &grid)
        return grid
      }
      HeaderWidget(state: state, tabbed: layout.mode == .tabbed).render(in: layout.header, into: &grid)
      // Every drug this frame shows, decoded once for all the panes (by `update`, which keeps
      // them while the window stays).
      let window = DrugWindow.shown(state, geometry)
      if !layout.drugs.isEmpty { DrugsPaneWidget(state: state, drugs: window.drugs).render(in: layout.drugs, into: &grid) }
      if !layout.matrix.isEmpty {
        MatrixPaneWidget(state: state, rows: geometry.matrixRows, window: window).render(in: layout.matrix, into: &grid)
      }
      if !layout.detail.isEmpty { DetailPaneWidget(state: state, drugs: window.drugs).render(in: layout.detail, into: &grid) }
      if state.showsHelp { HelpOverlayWidget(state: state).render(in: screen, into: &grid) }
      StatusLineWidget(state: state).render(in: layout.status, into: &grid)
    }
    return grid
  }
}
