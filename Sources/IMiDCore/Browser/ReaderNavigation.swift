/// Keys in the reader (the review, the timeline and the pages their items open): j/k step
/// through the page's items (reading on line by line where text runs past the next item),
/// Enter opens the selected item, Backspace returns, q closes the reader, `d` on the timeline
/// cycles its drug filter, `r` and `t` open the review and the timeline from anywhere in it.
enum ReaderNavigation {
  /// Opens the reader on `subject` (from the panes), or, when it is open, shows `subject` on
  /// top of the current page.
  static func open(_ state: inout BrowserState, _ subject: ReaderSubject) {
    if var reader = state.reader {
      guard reader.page.subject != subject else { return }
      reader.pages.append(ReaderScreen.Page(subject))
      state.reader = reader
    } else {
      state.reader = ReaderScreen(subject)
    }
    settle(&state)
  }

  static func update(_ state: inout BrowserState, _ key: Key) {
    guard var reader = state.reader else { return }
    let height = bodyHeight(state)
    let document = state.readerDocument()
    switch KeyMap.action(for: key, in: .reader) {
    case .moveDown?: step(&reader.page, document, by: 1, height: height)
    case .moveUp?: step(&reader.page, document, by: -1, height: height)
    case .pageDown?: scroll(&reader.page, document, to: reader.page.scroll + height, height: height)
    case .pageUp?: scroll(&reader.page, document, to: reader.page.scroll - height, height: height)
    case .top?:
      reader.page.scroll = 0
      reader.page.selection = document.items.isEmpty ? nil : 0
    case .bottom?:
      reader.page.scroll = max(0, document.lines.count - height)
      reader.page.selection = document.items.isEmpty ? nil : document.items.count - 1
    case .follow?:
      guard let selection = reader.page.selection, document.items.indices.contains(selection) else {
        state.message = "Nothing to open here"
        return
      }
      reader.pages.append(ReaderScreen.Page(document.items[selection]))
      reader.forward = []
    case .forward?:
      guard let page = reader.forward.popLast() else {
        state.message = "Nothing to go forward to: ] retraces what Backspace undid"
        return
      }
      reader.pages.append(page)
    case .back?:
      if reader.pages.count > 1 {
        reader.forward.append(reader.pages.removeLast())
      } else {
        state.reader = nil
        return
      }
    case .quit?:
      state.reader = nil
      return
    case .forceQuit?: state.shouldQuit = true
    case .review?: reader.pages.append(ReaderScreen.Page(.review))
    case .timeline?: reader.pages.append(ReaderScreen.Page(.timeline(drug: nil)))
    case .filterDrug?:
      guard case .timeline(let drug) = reader.page.subject else {
        state.message = "d filters the timeline by drug (press t for the timeline)"
        return
      }
      let count = state.catalog.drugs.count
      let next: Int? = count == 0 ? nil : drug.map { $0 + 1 < count ? $0 + 1 : nil } ?? 0
      reader.page = ReaderScreen.Page(.timeline(drug: next))
      state.message = next.map { "Timeline: \(state.catalog.drugs[$0].name) and class-wide events (d: next drug)" }
        ?? "Timeline: every drug"
    case .nextMatch?, .previousMatch?:
      let forward = KeyMap.action(for: key, in: .reader) == .nextMatch
      guard stepMatch(&reader, catalog: state.catalog, width: state.width, forward: forward, message: &state.message) else {
        state.message = state.message ?? "n and N walk the matches of a search: / then Tab"
        state.reader = reader
        return
      }
    case .help?:
      state.showsHelp = true
      state.helpScroll = 0
    case .export?:
      state.reader = reader
      ExportFlow.open(&state)
      return
    default:
      state.message = "\(key.label): no action here (press ? for help)"
    }
    state.reader = reader
    settle(&state)
  }

  /// n/N from a search page or a match opened from it: the next (previous) match, opened on
  /// top of the search page, wrapping; false when no search page is there.
  private static func stepMatch(
    _ reader: inout ReaderScreen, catalog: Catalog, width: Int, forward: Bool, message: inout String?
  ) -> Bool {
    let onSearch: Bool
    if case .search = reader.page.subject { onSearch = true } else { onSearch = false }
    let searchIndex = onSearch ? reader.pages.count - 1 : reader.pages.count - 2
    guard searchIndex >= 0, case .search(let query) = reader.pages[searchIndex].subject else { return false }
    let items = ReaderPage.build(catalog, .search(query), width: max(1, width)).items
    guard !items.isEmpty else { return false }
    var page = reader.pages[searchIndex]
    let current = onSearch ? (forward ? -1 : items.count) + 0 : (page.selection ?? 0)
    let next = ((onSearch ? (forward ? -1 : 0) : current) + (forward ? 1 : items.count - 1)) % items.count
    page.selection = next
    reader.pages = Array(reader.pages.prefix(searchIndex)) + [page, ReaderScreen.Page(items[next])]
    reader.forward = []
    message = "Match \(next + 1)/\(items.count) for “\(query)”" + ((forward ? next == 0 : next == items.count - 1) && !onSearch ? " (wrapped)" : "")
    return true
  }

  /// Rows the page's text has: the screen less the title and status lines.
  static func bodyHeight(_ state: BrowserState) -> Int { max(1, state.height - 2) }

  /// Keeps the page's scroll and selection in range after a key or a resize.
  static func settle(_ state: inout BrowserState) {
    state.refreshCaches(detailWidth: 0)
    guard var reader = state.reader else { return }
    let document = state.readerDocument()
    let height = bodyHeight(state)
    reader.page.scroll = max(0, min(reader.page.scroll, document.lines.count - height))
    if document.items.isEmpty {
      reader.page.selection = nil
    } else if let selection = reader.page.selection {
      reader.page.selection = min(max(0, selection), document.items.count - 1)
    } else {
      reader.page.selection = 0
    }
    state.reader = reader
  }

  /// j/k: the next item when it is at most a screen away, else a line of reading toward it;
  /// past the last item, the text scrolls on to its end.
  private static func step(_ page: inout ReaderScreen.Page, _ document: ReaderDocument, by delta: Int, height: Int) {
    let lastScroll = max(0, document.lines.count - height)
    let target = (page.selection ?? (delta > 0 ? -1 : document.items.count)) + delta
    guard document.items.indices.contains(target) else {
      page.scroll = max(0, min(lastScroll, page.scroll + delta))
      return
    }
    let range = document.lineRange(ofItem: target)
    let view = page.scroll..<(page.scroll + height)
    if delta > 0, range.lowerBound >= view.upperBound + height {
      page.scroll = min(lastScroll, page.scroll + 1)
      return
    }
    if delta < 0, range.upperBound <= view.lowerBound - height {
      page.scroll = max(0, page.scroll - 1)
      return
    }
    page.selection = target
    if range.lowerBound < page.scroll { page.scroll = range.lowerBound }
    if range.upperBound > page.scroll + height { page.scroll = min(range.lowerBound, range.upperBound - height) }
    page.scroll = max(0, min(lastScroll, page.scroll))
  }

  /// Pages: scrolls, then selects the first item in view when the selected one left it.
  private static func scroll(_ page: inout ReaderScreen.Page, _ document: ReaderDocument, to scroll: Int, height: Int) {
    page.scroll = max(0, min(max(0, document.lines.count - height), scroll))
    let view = page.scroll..<(page.scroll + height)
    if let selection = page.selection, view.overlaps(document.lineRange(ofItem: selection)) { return }
    if let first = document.items.indices.first(where: { view.overlaps(document.lineRange(ofItem: $0)) }) {
      page.selection = first
    }
  }
}
