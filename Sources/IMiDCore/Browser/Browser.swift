/// The browser's update function: `update(&state, key)` computes the next state from one key.
/// It is pure (no terminal, no I/O), so tests drive it with key sequences.
public enum Browser {
  /// Applies one key to the state, then keeps every selection in range and in view.
  public static func update(_ state: inout BrowserState, _ key: Key) {
    state.message = nil
    state.effect = nil
    if state.loading != nil {
      keyWhileLoading(&state, key)
      return
    }
    switch key {
    case .resize(let width, let height):
      state.width = max(0, width)
      state.height = max(0, height)
      if state.reader != nil { ReaderNavigation.settle(&state) }
      if var screen = state.compare {
        state.refreshCaches(detailWidth: 0)
        let body = max(1, state.height - 2)
        screen.scroll = max(0, min(screen.scroll, CompareNavigation.layout(state, screen).lines.count - body))
        screen.summaryScroll = max(0, min(screen.summaryScroll, state.compareSummaryLayout(screen).lines.count - body))
        state.compare = screen
      }
    case .mouse(let x, let y, let button):
      // Routed like a key: an open prompt, help, reader or compare view gets it first.
      MouseFlow.handle(&state, x: x, y: y, button: button)
      if state.reader != nil || state.compare != nil { return }
    case .paste where state.prompt == nil && state.search == nil:
      // Only the prompts take text; anywhere else a paste must not act as the keys it spells.
      state.message = "Paste ignored: only the / search and export prompts take text"
    default:
      if state.prompt != nil {
        ExportFlow.key(&state, key)
      } else if state.search != nil {
        SearchFlow.key(&state, key)
      } else if !state.showsHelp, let action = KeyMap.action(for: key, in: state.keyContext), action == .copy || action == .suspend {
        // Wherever the keys go, y copies what is selected there and Ctrl-Z suspends.
        if action == .copy { CopyFlow.copy(&state) } else { state.effect = .suspend }
        return
      } else if state.showsHelp {
        helpKey(&state, key)
      } else if state.reader != nil {
        ReaderNavigation.update(&state, key)
        state.refreshCaches(detailWidth: 0)
        return
      } else if state.compare != nil, KeyMap.action(for: key, in: state.keyContext) == .export {
        ExportFlow.open(&state)
      } else if state.compare != nil {
        CompareNavigation.update(&state, key)
        state.refreshCaches(detailWidth: 0)
        return
      } else if let action = KeyMap.action(for: key, in: state.keyContext) {
        perform(action, on: &state)
      } else {
        state.message = "\(key.label): no action in the \(state.focus.title) pane (press ? for help)"
      }
    }
    normalize(&state)
  }

  private static func helpKey(_ state: inout BrowserState, _ key: Key) {
    switch KeyMap.action(for: key, in: state.keyContext) {
    case .quit?, .close?, .help?: state.showsHelp = false
    case .forceQuit?: state.shouldQuit = true
    case .moveDown?: state.helpScroll += 1
    case .moveUp?: state.helpScroll = max(0, state.helpScroll - 1)
    case .pageDown?: state.helpScroll += 10
    case .pageUp?: state.helpScroll = max(0, state.helpScroll - 10)
    case .top?: state.helpScroll = 0
    case .bottom?: state.helpScroll = HelpOverlayWidget.lines(width: state.width).count
    default: break
    }
  }

  static func perform(_ action: BrowserAction, on state: inout BrowserState) {
    let geometry = BrowserGeometry(state)
    switch action {
    case .quit:
      // q in a nested view (a source opened in full from the Citation pane) goes back to
      // where it was opened; at the top level it quits.
      if case .citation = state.detail, !state.visitsBack.isEmpty {
        back(&state)
      } else {
        state.shouldQuit = true
      }
    case .forceQuit: state.shouldQuit = true
    case .help:
      state.showsHelp = true
      state.helpScroll = 0
    case .close: break
    case .focusNext: state.focus = Pane(rawValue: (state.focus.rawValue + 1) % Pane.allCases.count) ?? .drugs
    case .focusPrevious:
      state.focus = Pane(rawValue: (state.focus.rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .drugs
    case .moveDown: move(&state, .rows(1))
    case .moveUp: move(&state, .rows(-1))
    case .pageDown: move(&state, .page(geometry.page(for: state.focus)))
    case .pageUp: move(&state, .page(-geometry.page(for: state.focus)))
    case .top: move(&state, .top)
    case .bottom: move(&state, .bottom)
    case .moveLeft, .moveRight:
      guard state.focus == .matrix, !state.catalog.mechanisms.isEmpty else { return }
      let step = action == .moveLeft ? -1 : 1
      state.mechanismIndex = clamp(state.mechanismIndex + step, count: state.catalog.mechanisms.count)
      show(&state, .cell(drug: state.drugIndex, mechanism: state.mechanismIndex))
    case .follow: follow(&state)
    case .back: back(&state)
    case .forward: forward(&state)
    case .mark: CompareNavigation.toggleMark(&state)
    case .export: ExportFlow.open(&state)
    case .compare: CompareNavigation.open(&state)
    case .search: SearchFlow.open(&state)
    case .review: ReaderNavigation.open(&state, .review)
    case .timeline: ReaderNavigation.open(&state, .timeline(drug: nil))
    case .filterDrug, .nextSection, .previousSection, .copy, .suspend: break
    case .nextMatch: SearchFlow.repeatSearch(&state, forward: true)
    case .previousMatch: SearchFlow.repeatSearch(&state, forward: false)
    }
  }

  /// Moves the focused pane's selection (or, in the Citation pane, its scroll).
  static func move(_ state: inout BrowserState, _ movement: Movement) {
    switch state.focus {
    case .drugs, .matrix:
      guard !state.catalog.drugs.isEmpty else { return }
      let target: Int
      switch movement {
      case .rows(let delta), .page(let delta): target = state.drugIndex.addingReportingOverflow(delta).partialValue
      case .top: target = 0
      case .bottom: target = state.catalog.drugs.count - 1
      }
      state.drugIndex = clamp(target, count: state.catalog.drugs.count)
      show(&state, state.focus == .drugs
        ? .drug(state.drugIndex) : .cell(drug: state.drugIndex, mechanism: state.mechanismIndex))
    case .detail:
      moveInDetail(&state, movement)
    }
  }

  /// In the Citation pane, j/k step through the listed sources, reading on line by line while the
  /// next source is still below the pane; pages, g and G scroll, keeping a visible source selected.
  private static func moveInDetail(_ state: inout BrowserState, _ movement: Movement) {
    let geometry = BrowserGeometry(state)
    let height = max(1, geometry.detailHeight)
    let document = state.detailDocument(width: geometry.detailWidth)
    let sources = document.sourceIDs.count
    let lastScroll = max(0, document.lines.count - height)
    func start(_ source: Int) -> Int { document.lineRange(ofSource: source).lowerBound }

    let delta: Int
    switch movement {
    case .top:
      state.detailScroll = 0
      if sources > 0 { state.referenceIndex = 0 }
      return
    case .bottom:
      state.detailScroll = lastScroll
      if sources > 0 { state.referenceIndex = sources - 1 }
      return
    case .rows(let rows) where abs(rows) == 1 && sources > 0:
      delta = rows
    case .rows(let rows), .page(let rows):
      // Pages, the wheel, and any move in a pane without sources scroll the text.
      state.detailScroll = min(lastScroll, max(0, state.detailScroll.addingReportingOverflow(rows).partialValue))
      guard sources > 0 else { return }
      if let current = state.referenceIndex, (state.detailScroll..<(state.detailScroll + height)).contains(start(current)) {
        return
      } else {
        state.referenceIndex = (0..<sources).first { (state.detailScroll..<(state.detailScroll + height)).contains(start($0)) }
          ?? state.referenceIndex
      }
      return
    }
    if delta > 0 {
      let next = (state.referenceIndex ?? -1) + 1
      guard next < sources else {
        state.detailScroll = min(lastScroll, state.detailScroll + 1)
        return
      }
      if start(next) >= state.detailScroll + height {
        state.detailScroll = min(lastScroll, state.detailScroll + 1)
      } else {
        state.referenceIndex = next
        let end = document.lineRange(ofSource: next).upperBound
        if end > state.detailScroll + height { state.detailScroll = min(start(next), end - height) }
      }
    } else {
      if let current = state.referenceIndex, current > 0 {
        state.referenceIndex = current - 1
        state.detailScroll = min(state.detailScroll, start(current - 1))
      } else {
        state.detailScroll = max(0, state.detailScroll - 1)
      }
    }
  }

  /// Enter: a drug → its page (results, mechanisms, sources); a matrix cell → its evidence; a
  /// listed source → that source (in the Citation pane of a drug, with none chosen, the drug's page).
  private static func follow(_ state: inout BrowserState) {
    let before = Visit(state)
    defer {
      // A link was followed when the place changed: remember where it was, and forget the
      // forward trail (as a web browser does).
      let after = Visit(state)
      if after != before {
        state.visitsBack.append(before)
        if state.visitsBack.count > 200 { state.visitsBack.removeFirst() }
        state.visitsForward = []
      }
    }
    switch state.focus {
    case .drugs:
      guard !state.catalog.drugs.isEmpty else { return }
      ReaderNavigation.open(&state, .detail(.drug(state.drugIndex)))
    case .matrix:
      guard !state.catalog.drugs.isEmpty, !state.catalog.mechanisms.isEmpty else { return }
      show(&state, .cell(drug: state.drugIndex, mechanism: state.mechanismIndex))
      state.focus = .detail
      let geometry = BrowserGeometry(state)
      let document = state.detailDocument(width: geometry.detailWidth)
      state.referenceIndex = document.sourceIDs.isEmpty ? nil : 0
      if !document.sourceIDs.isEmpty {
        // Bring the first source in full into view, keeping the top when it fits.
        let first = document.lineRange(ofSource: 0)
        state.detailScroll = max(0, min(first.lowerBound, first.upperBound - geometry.detailHeight))
      }
    case .detail:
      if case .drug(let index) = state.detail, state.referenceIndex == nil {
        // No source chosen yet: Enter opens the drug's whole page.
        ReaderNavigation.open(&state, .detail(.drug(index)))
        return
      }
      let geometry = BrowserGeometry(state)
      let document = state.detailDocument(width: geometry.detailWidth)
      guard !document.sourceIDs.isEmpty else {
        state.message = "Nothing to open here: Backspace goes back"
        return
      }
      let index = min(state.referenceIndex ?? 0, document.sourceIDs.count - 1)
      state.history.append(state.detail)
      state.detail = .citation(document.sourceIDs[index])
      state.detailScroll = 0
      state.referenceIndex = nil
    }
  }

  /// Backspace: the previous source, else the pane that led here.
  private static func back(_ state: inout BrowserState) {
    if let visit = state.visitsBack.popLast() {
      state.visitsForward.append(Visit(state))
      visit.restore(&state)
      return
    }
    switch state.focus {
    case .drugs:
      state.message = "Already at the top: q quits"
    case .matrix:
      state.focus = .drugs
    case .detail:
      if let previous = state.history.popLast() {
        state.detail = previous
        state.detailScroll = 0
        state.referenceIndex = 0
      } else if case .cell = state.detail {
        state.focus = .matrix
      } else {
        state.focus = .drugs
      }
    }
  }

  /// `]`: where Backspace came from, again.
  private static func forward(_ state: inout BrowserState) {
    guard let visit = state.visitsForward.popLast() else {
      state.message = "Nothing to go forward to: ] retraces what Backspace undid"
      return
    }
    state.visitsBack.append(Visit(state))
    visit.restore(&state)
  }

  /// Shows a new subject in the Citation pane (a fresh start: history cleared, at the top).
  static func show(_ state: inout BrowserState, _ subject: DetailSubject) {
    guard state.detail != subject || !state.history.isEmpty else { return }
    state.detail = subject
    state.history = []
    state.detailScroll = 0
    state.referenceIndex = nil
  }

  /// Keeps selections in range and scroll offsets such that the selections are visible.
  static func normalize(_ state: inout BrowserState) {
    let catalog = state.catalog
    state.drugIndex = clamp(state.drugIndex, count: catalog.drugs.count)
    state.mechanismIndex = clamp(state.mechanismIndex, count: catalog.mechanisms.count)
    let geometry = BrowserGeometry(state)
    state.drugScroll = scroll(state.drugScroll, keeping: state.drugIndex, rows: geometry.drugRows, count: catalog.drugs.count)
    state.matrixScroll = scroll(state.matrixScroll, keeping: state.drugIndex, rows: geometry.matrixRows, count: catalog.drugs.count)
    let window = DrugWindow(for: state, geometry: geometry, reusing: state.drugWindow)
    state.drugWindow = window
    state.matrixColumnScroll = window.columns.scroll(keeping: state.mechanismIndex, from: state.matrixColumnScroll)
    state.refreshCaches(detailWidth: geometry.detailHeight > 0 ? geometry.detailWidth : 0)
    if geometry.detailHeight > 0 {
      let document = state.detailDocument(width: geometry.detailWidth)
      state.detailScroll = min(state.detailScroll, max(0, document.lines.count - geometry.detailHeight))
      if let index = state.referenceIndex, index >= document.sourceIDs.count {
        state.referenceIndex = document.sourceIDs.isEmpty ? nil : document.sourceIDs.count - 1
      }
    }
    if state.showsHelp { state.helpScroll = max(0, min(state.helpScroll, HelpOverlayWidget.lines(width: state.width).count)) }
  }

  /// The offset that keeps row `selected` in a window of `rows` rows, moving as little as possible.
  static func scroll(_ offset: Int, keeping selected: Int, rows: Int, count: Int) -> Int {
    guard rows > 0, count > 0 else { return 0 }
    var offset = min(max(0, offset), max(0, count - rows))
    if selected < offset { offset = selected }
    if selected >= offset + rows { offset = selected - rows + 1 }
    return offset
  }

  static func clamp(_ value: Int, count: Int) -> Int {
    guard count > 0 else { return 0 }
    return min(max(0, value), count - 1)
  }

  /// The work the last update asked for, if any, removing it from the state.
  public static func takeEffect(_ state: inout BrowserState) -> BrowserEffect? {
    defer { state.effect = nil }
    return state.effect
  }

  /// Reports what became of a copy: `copied` false when the clipboard is off (`--no-clipboard`)
  /// or the terminal could not be written.
  public static func finishCopy(_ state: inout BrowserState, what: String, copied: Bool) {
    state.message = copied ? "Copied " + what : "Not copied: the clipboard is off (--no-clipboard)"
  }

  /// Reports what became of an export: a status message, or the overwrite question.
  public static func finishExport(_ state: inout BrowserState, _ outcome: ExportOutcome) {
    ExportFlow.finish(&state, outcome)
  }
}
