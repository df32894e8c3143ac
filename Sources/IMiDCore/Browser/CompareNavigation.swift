/// Keys in the compare view: j/k step through the entries of a drug's column (row by row,
/// empty cells included), h/l change column, Enter opens the entry's source (again: the next
/// one), Backspace or q go back. The selection is kept on screen.
enum CompareNavigation {
  static func update(_ state: inout BrowserState, _ key: Key) {
    guard var screen = state.compare else { return }
    guard screen.row != nil else {
      CompareSummaryNavigation.update(&state, key)
      return
    }
    let layout = self.layout(state, screen)
    let bodyHeight = max(1, state.height - 2)
    guard let action = KeyMap.action(for: key, in: .compare) else {
      state.message = "\(key.label): no action in the compare view (press ? for help)"
      return
    }
    if let open = screen.citation {
      switch action {
      case .back, .quit: screen.citation = nil
      case .follow:
        // Enter again: the entry's next source.
        let cites = layout.entry(screen.selection)?.cite ?? []
        if let index = cites.firstIndex(of: open), cites.count > 1 {
          screen.citation = cites[(index + 1) % cites.count]
          screen.citationScroll = 0
        }
      case .moveDown: screen.citationScroll += 1
      case .moveUp: screen.citationScroll = max(0, screen.citationScroll - 1)
      case .pageDown: screen.citationScroll += bodyHeight - 1
      case .pageUp: screen.citationScroll = max(0, screen.citationScroll - (bodyHeight - 1))
      case .top: screen.citationScroll = 0
      case .forceQuit: state.shouldQuit = true
      case .help: state.showsHelp = true
      default: break
      }
      state.compare = screen
      return
    }
    let positions = self.positions(layout.comparison, column: screen.selection.column)
    let current = positions.firstIndex(of: screen.selection) ?? 0
    switch action {
    case .back, .quit:
      screen.row = nil
      state.compare = screen
      return
    case .forceQuit:
      state.shouldQuit = true
    case .help:
      state.showsHelp = true
    case .moveDown: screen.selection = positions[min(positions.count - 1, current + 1)]
    case .moveUp: screen.selection = positions[max(0, current - 1)]
    case .top:
      screen.selection = positions[0]
      screen.scroll = 0
    case .bottom:
      // The real end, the reference list, as g is the real top; the last entry is selected.
      screen.selection = positions[positions.count - 1]
      screen.scroll = max(0, layout.lines.count - bodyHeight)
      state.compare = screen
      return
    case .moveLeft, .moveRight:
      let column = screen.selection.column + (action == .moveLeft ? -1 : 1)
      guard (0..<screen.drugs.count).contains(column) else { break }
      screen.selection = CompareLayout.EntryRef(
        section: screen.selection.section, row: screen.selection.row, column: column, entry: 0)
    case .pageDown, .pageUp:
      let delta = action == .pageDown ? bodyHeight - 1 : -(bodyHeight - 1)
      screen.scroll = max(0, min(layout.lines.count - bodyHeight, screen.scroll + delta))
      let visible = screen.scroll..<(screen.scroll + bodyHeight)
      if !visible.contains(layout.lineRange(of: screen.selection).lowerBound),
        let first = positions.first(where: { visible.contains(layout.lineRange(of: $0).lowerBound) })
      {
        screen.selection = first
      }
      state.compare = screen
      return
    case .follow:
      if let cite = layout.entry(screen.selection)?.cite.first {
        screen.citation = cite
        screen.citationScroll = 0
      } else {
        state.message = "Not reported: there is no source to open in this cell"
      }
    default:
      state.message = "\(key.label): no action in the compare view (press ? for help)"
    }
    // Keep the selected cell, and the row label above it, on screen.
    let range = layout.lineRange(of: screen.selection)
    if range.lowerBound - 1 < screen.scroll { screen.scroll = max(0, range.lowerBound - 1) }
    if range.upperBound > screen.scroll + bodyHeight { screen.scroll = max(0, range.upperBound - bodyHeight) }
    screen.scroll = max(0, min(screen.scroll, layout.lines.count - bodyHeight))
    state.compare = screen
  }

  /// The compare layout for the screen's width.
  static func layout(_ state: BrowserState, _ screen: CompareScreen) -> CompareLayout {
    state.compareLayout(screen)
  }

  /// Every selectable position in a column, in reading order: each entry, or the cell itself when empty.
  static func positions(_ comparison: Comparison, column: Int) -> [CompareLayout.EntryRef] {
    var positions: [CompareLayout.EntryRef] = []
    for (s, section) in comparison.sections.enumerated() {
      for (r, row) in section.rows.enumerated() where row.cells.indices.contains(column) {
        for e in 0..<max(1, row.cells[column].count) {
          positions.append(CompareLayout.EntryRef(section: s, row: r, column: column, entry: e))
        }
      }
    }
    return positions.isEmpty ? [CompareLayout.EntryRef(section: 0, row: 0, column: column, entry: 0)] : positions
  }

  /// Opens the compare view: the marked drugs, else the selected drug and the next one.
  static func open(_ state: inout BrowserState) {
    let count = state.catalog.drugs.count
    guard count >= 2 else {
      state.message = "Compare needs two drugs; this catalogue has \(count)"
      return
    }
    var drugs = state.marked.count >= 2 ? state.marked.sorted() : []
    if drugs.isEmpty {
      let next = state.drugIndex + 1 < count ? state.drugIndex + 1 : state.drugIndex - 1
      drugs = [min(state.drugIndex, next), max(state.drugIndex, next)]
    }
    state.compare = CompareScreen(drugs: drugs)
  }

  /// Space in the Drugs pane: marks or unmarks the selected drug (three at most).
  static func toggleMark(_ state: inout BrowserState) {
    guard state.catalog.drugs.indices.contains(state.drugIndex) else { return }
    let name = state.catalog.drugs[state.drugIndex].name
    if let index = state.marked.firstIndex(of: state.drugIndex) {
      state.marked.remove(at: index)
      state.message = "Unmarked \(name) (\(state.marked.count) marked)"
    } else if state.marked.count >= 3 {
      state.message = "Three drugs are marked, the most compare shows: unmark one first"
    } else {
      state.marked.append(state.drugIndex)
      state.message = "Marked \(name) (\(state.marked.count) marked)" + (state.marked.count >= 2 ? ": c compares them" : "")
    }
  }
}
