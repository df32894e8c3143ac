/// The browser's search: `/` opens a prompt whose every keystroke selects the first matching
/// drug (name, code name, brand or id, ignoring case) at or after the selection; Enter keeps
/// it, Esc goes back; `n` and `N` then step through the matches, wrapping. Tab (or Enter when
/// no drug matches) searches everything else too (`CatalogSearch`) and lists the matches on a
/// page of the reader, each leading to its own page.
enum SearchFlow {
  /// The longest query, in characters.
  static let maximumLength = 256

  static func open(_ state: inout BrowserState) {
    guard !state.catalog.drugs.isEmpty else {
      state.message = "No drugs to search"
      return
    }
    state.search = SearchPrompt(origin: state.drugIndex)
  }

  static func key(_ state: inout BrowserState, _ key: Key) {
    guard var prompt = state.search else { return }
    switch key {
    case .escape, .control("c"), .control("g"):
      state.search = nil
      select(&state, prompt.origin)
      return
    case .tab:
      // Everything in the catalogue that matches, on a page of its own.
      state.search = nil
      guard !prompt.query.isEmpty else { return }
      state.lastSearch = prompt.query
      ReaderNavigation.open(&state, .search(prompt.query))
      return
    case .enter:
      state.search = nil
      guard !prompt.query.isEmpty else { return }
      if prompt.matches == 0 {
        // No drug: look everywhere else instead of stopping at "no match".
        state.lastSearch = prompt.query
        ReaderNavigation.open(&state, .search(prompt.query))
        return
      }
      state.lastSearch = prompt.query
      state.message = prompt.matches == 0
        ? "No drug matches “\(prompt.query)”"
        : "\(prompt.matches) \(prompt.matches == 1 ? "drug matches" : "drugs match") “\(prompt.query)”: n next, N previous"
      return
    case .backspace:
      if prompt.query.isEmpty {
        state.search = nil
        return
      }
      prompt.query.removeLast()
    case .control("u"):
      prompt.query = ""
    case .character(let character):
      guard prompt.query.count < maximumLength, !character.unicodeScalars.contains(where: TextSafety.isUnsafe) else { break }
      prompt.query.append(character)
    case .paste(let text):
      prompt.query += PastedText.forSearch(text, room: maximumLength - prompt.query.count)
    default:
      break
    }
    let query = DrugSearchIndex.fold(prompt.query)
    let index = state.catalog.drugSearch
    prompt.matches = index.matchCount(query)
    select(&state, index.firstMatch(query, from: prompt.origin) ?? prompt.origin)
    state.search = prompt
  }

  /// `n` (forward) or `N`: the next drug matching the last search, wrapping with a note.
  static func repeatSearch(_ state: inout BrowserState, forward: Bool) {
    guard let query = state.lastSearch else {
      state.message = "No search yet: / searches the drugs"
      return
    }
    let index = state.catalog.drugSearch
    let folded = DrugSearchIndex.fold(query)
    let from = state.drugIndex + (forward ? 1 : -1)
    let start = (from + index.count) % max(1, index.count)
    guard let found = index.firstMatch(folded, from: start, forward: forward) else {
      state.message = "No drug matches “\(query)”"
      return
    }
    if forward ? found <= state.drugIndex : found >= state.drugIndex {
      state.message = found == state.drugIndex
        ? "Only this drug matches “\(query)”" : "Search wrapped to the \(forward ? "top" : "bottom")"
    }
    select(&state, found)
  }

  /// Selects drug `index` and shows it (its matrix row, or its summary in the Citation pane).
  private static func select(_ state: inout BrowserState, _ index: Int) {
    guard index != state.drugIndex else { return }
    state.drugIndex = index
    state.detail = state.focus == .matrix ? .cell(drug: index, mechanism: state.mechanismIndex) : .drug(index)
    state.history = []
    state.detailScroll = 0
    state.referenceIndex = nil
  }
}
