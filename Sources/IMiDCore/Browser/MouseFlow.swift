/// The mouse, routed like a key: an open prompt swallows it (only keys edit a prompt), help
/// scrolls with the wheel, the reader and the compare view take it before the panes hidden
/// under them. A click selects what is under the pointer, the wheel scrolls the view under it
/// (three steps a notch), a double click selects and follows (Enter).
enum MouseFlow {
  static func handle(_ state: inout BrowserState, x: Int, y: Int, button: Key.MouseButton) {
    if state.prompt != nil || state.search != nil { return }
    if state.showsHelp {
      switch button {
      case .wheelUp: state.helpScroll = max(0, state.helpScroll - 3)
      case .wheelDown: state.helpScroll += 3
      case .left, .double: break
      }
      return
    }
    if state.reader != nil {
      reader(&state, x: x, y: y, button: button)
    } else if let screen = state.compare {
      screen.row == nil ? summary(&state, x: x, y: y, button: button) : details(&state, x: x, y: y, button: button)
    } else {
      panes(&state, x: x, y: y, button: button)
    }
  }

  /// The reader: the line under a click selects its item.
  private static func reader(_ state: inout BrowserState, x: Int, y: Int, button: Key.MouseButton) {
    switch button {
    case .wheelUp, .wheelDown:
      for _ in 0..<3 { ReaderNavigation.update(&state, button == .wheelUp ? .up : .down) }
    case .left, .double:
      guard var reader = state.reader else { return }
      let document = state.readerDocument()
      let line = reader.page.scroll + y - 1
      guard y >= 1, document.lines.indices.contains(line), let item = document.lines[line].item else { return }
      reader.page.selection = item
      state.reader = reader
      if button == .double { ReaderNavigation.update(&state, .enter) }
    }
  }

  /// The compare summary: the cell under a click is selected.
  private static func summary(_ state: inout BrowserState, x: Int, y: Int, button: Key.MouseButton) {
    switch button {
    case .wheelUp, .wheelDown:
      for _ in 0..<3 { CompareNavigation.update(&state, button == .wheelUp ? .up : .down) }
    case .left, .double:
      guard var screen = state.compare else { return }
      let layout = state.compareSummaryLayout(screen)
      let line = screen.summaryScroll + y - 1
      guard y >= 1, layout.lines.indices.contains(line),
        let entry = entry(in: layout.lines[line], at: x)
      else { return }
      screen.summarySelection = CompareLayout.EntryRef(section: entry.section, row: entry.row, column: entry.column, entry: 0)
      state.compare = screen
      if button == .double { CompareNavigation.update(&state, .enter) }
    }
  }

  /// A row's details: the entry under a click is selected (an open source swallows clicks).
  private static func details(_ state: inout BrowserState, x: Int, y: Int, button: Key.MouseButton) {
    switch button {
    case .wheelUp, .wheelDown:
      for _ in 0..<3 { CompareNavigation.update(&state, button == .wheelUp ? .up : .down) }
    case .left, .double:
      guard var screen = state.compare, screen.citation == nil else { return }
      let layout = CompareNavigation.layout(state, screen)
      let line = screen.scroll + y - 1
      guard y >= 1, layout.lines.indices.contains(line), let entry = entry(in: layout.lines[line], at: x) else { return }
      screen.selection = entry
      state.compare = screen
      if button == .double { CompareNavigation.update(&state, .enter) }
    }
  }

  /// The entry of the segment that covers column `x`, or of the nearest one to its left.
  private static func entry(in line: [CompareLayout.Segment], at x: Int) -> CompareLayout.EntryRef? {
    line.filter { $0.entry != nil && $0.x <= x }.max { $0.x < $1.x }?.entry
  }

  /// The three panes: a click focuses the pane and selects the row, cell or source under it; the
  /// wheel moves the selection; a double click selects, then follows (Enter).
  private static func panes(_ state: inout BrowserState, x: Int, y: Int, button: Key.MouseButton) {
    let geometry = BrowserGeometry(state)
    guard let pane = Pane.allCases.first(where: { pane in
      let frame = geometry.layout.frame(of: pane)
      return x >= frame.x && x < frame.x + frame.width && y >= frame.y && y < frame.y + frame.height
    }) else { return }
    state.focus = pane
    switch button {
    case .wheelUp: Browser.move(&state, .rows(-3))
    case .wheelDown: Browser.move(&state, .rows(3))
    case .double:
      panes(&state, x: x, y: y, button: .left)
      Browser.perform(.follow, on: &state)
    case .left:
      let frame = geometry.layout.frame(of: pane)
      switch pane {
      case .drugs:
        let row = state.drugScroll + (y - frame.y - 1)
        if y > frame.y, row < state.catalog.drugs.count {
          state.drugIndex = row
          Browser.show(&state, .drug(row))
        }
      case .matrix:
        let row = state.matrixScroll + (y - frame.y - 2)
        let columns = DrugWindow.shown(state, geometry).columns
        if y > frame.y + 1, row < state.catalog.drugs.count { state.drugIndex = row }
        if let column = columns.column(atX: x - frame.x - 1, scroll: state.matrixColumnScroll) {
          state.mechanismIndex = column
        }
        Browser.show(&state, .cell(drug: state.drugIndex, mechanism: state.mechanismIndex))
      case .detail:
        let document = state.detailDocument(width: geometry.detailWidth)
        let line = state.detailScroll + (y - frame.y - 1)
        if document.lines.indices.contains(line), let source = document.lines[line].source {
          state.referenceIndex = source
        }
      }
    }
  }
}
