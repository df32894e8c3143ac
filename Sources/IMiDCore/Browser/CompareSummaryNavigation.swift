/// Keys in the compare summary: j/k move through the rows (Efficacy, then Safety), h/l
/// through the drugs, `]` and `[` jump to the next or previous section, Enter opens the row's
/// results in full (the details, on the selected drug's column), Backspace or q go back to the
/// panes. The selected row, and its section heading when it is the first, stay on screen.
enum CompareSummaryNavigation {
  static func update(_ state: inout BrowserState, _ key: Key) {
    guard var screen = state.compare else { return }
    let layout = state.compareSummaryLayout(screen)
    let rows = self.rows(layout.summary)
    let bodyHeight = max(1, state.height - 2)
    let current = rows.firstIndex { $0 == (screen.summarySelection.section, screen.summarySelection.row) } ?? 0
    var target = current
    switch KeyMap.action(for: key, in: .summary) {
    case .back?, .quit?:
      state.compare = nil
      return
    case .forceQuit?: state.shouldQuit = true
    case .help?: state.showsHelp = true
    case .moveDown?: target = current + 1
    case .moveUp?: target = current - 1
    case .pageDown?: target = current + bodyHeight - 1
    case .pageUp?: target = current - (bodyHeight - 1)
    case .top?:
      target = 0
      screen.summaryScroll = 0
    case .bottom?:
      target = rows.count - 1
      screen.summaryScroll = max(0, layout.lines.count - bodyHeight)
    case .nextSection?:
      target = rows.firstIndex { $0.section > screen.summarySelection.section } ?? current
    case .previousSection?:
      let section = screen.summarySelection.section
      let start = rows.firstIndex { $0.section == section } ?? 0
      target = current > start ? start : rows.firstIndex { $0.section == section - 1 } ?? current
    case .moveLeft?, .moveRight?:
      let column = screen.summarySelection.column + (KeyMap.action(for: key, in: .summary) == .moveLeft ? -1 : 1)
      if (0..<screen.drugs.count).contains(column) { screen.summarySelection.column = column }
    case .follow?:
      guard rows.indices.contains(current) else {
        state.message = "Nothing reported for these drugs"
        return
      }
      let (section, row) = rows[current]
      screen.row = CompareLayout.EntryRef(section: section, row: row, column: 0, entry: 0)
      screen.selection = CompareLayout.EntryRef(section: 0, row: 0, column: screen.summarySelection.column, entry: 0)
      screen.scroll = 0
      screen.citation = nil
      state.compare = screen
      return
    default:
      state.message = "\(key.label): no action in the compare summary (press ? for help)"
    }
    if rows.indices.contains(max(0, min(rows.count - 1, target))), !rows.isEmpty {
      let (section, row) = rows[max(0, min(rows.count - 1, target))]
      screen.summarySelection.section = section
      screen.summarySelection.row = row
    }
    if let line = layout.line(of: screen.summarySelection) {
      // The section heading (and its rule) above a first row stays in view with it.
      let top = screen.summarySelection.row == 0 ? max(0, line - 3) : line
      if top < screen.summaryScroll { screen.summaryScroll = top }
      if line >= screen.summaryScroll + bodyHeight { screen.summaryScroll = line - bodyHeight + 1 }
    }
    screen.summaryScroll = max(0, min(screen.summaryScroll, layout.lines.count - bodyHeight))
    state.compare = screen
  }

  /// Every row of the summary, in reading order, as (section, row).
  static func rows(_ summary: CompareSummary) -> [(section: Int, row: Int)] {
    summary.sections.enumerated().flatMap { s, section in section.rows.indices.map { (s, $0) } }
  }
}
