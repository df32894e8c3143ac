/// The browser's key table (less and vim habits). Dispatch, the status-line hints and the help
/// overlay all read this one table, so they cannot disagree.
public enum KeyMap {
  /// Every binding, in the order help lists them.
  public static let bindings: [KeyBinding] = [
    KeyBinding([.character("j"), .down], .moveDown, "down"),
    KeyBinding([.character("k"), .up], .moveUp, "up"),
    KeyBinding([.character("h"), .left], .moveLeft, "previous mechanism", contexts: [.matrix]),
    KeyBinding([.character("l"), .right], .moveRight, "next mechanism", contexts: [.matrix]),
    KeyBinding([.character("h"), .left], .moveLeft, "previous drug's column", contexts: [.summary, .compare]),
    KeyBinding([.character("l"), .right], .moveRight, "next drug's column", contexts: [.summary, .compare]),
    KeyBinding([.character("]")], .nextSection, "next section (Efficacy, Safety)", contexts: [.summary], hint: "section"),
    KeyBinding([.character("[")], .previousSection, "previous section", contexts: [.summary]),
    KeyBinding([.character("g"), .home], .top, "first row"),
    KeyBinding([.character("G"), .end], .bottom, "last row"),
    KeyBinding([.pageDown, .control("d")], .pageDown, "page down"),
    KeyBinding([.pageUp, .control("u")], .pageUp, "page up"),
    KeyBinding([.tab], .focusNext, "next pane", contexts: [.drugs, .matrix, .detail], hint: "pane"),
    KeyBinding([.backTab], .focusPrevious, "previous pane", contexts: [.drugs, .matrix, .detail]),
    KeyBinding([.character(" ")], .mark, "mark or unmark the drug for comparing", contexts: [.drugs], hint: "mark"),
    KeyBinding([.character("c")], .compare, "compare the marked drugs (or this one and the next)",
      contexts: [.drugs, .matrix, .detail], hint: "compare"),
    KeyBinding([.character("/")], .search,
      "search: drugs as you type (Enter keeps, Esc goes back); Tab lists matches everywhere (evidence, trials, authors, PMIDs, claims, events)",
      contexts: [.drugs, .matrix, .detail], hint: "search"),
    KeyBinding([.character("n")], .nextMatch, "next drug matching the search", contexts: [.drugs, .matrix, .detail]),
    KeyBinding([.character("N")], .previousMatch, "previous drug matching the search", contexts: [.drugs, .matrix, .detail]),
    KeyBinding([.character("n")], .nextMatch, "search page: the next match, opened", contexts: [.reader]),
    KeyBinding([.character("N")], .previousMatch, "search page: the previous match, opened", contexts: [.reader]),
    KeyBinding([.character("e")], .export, "export this view in full: the file name's ending chooses the format (.txt .md .csv .json .bib .ris .csl.json; Tab cycles them)", hint: "export"),
    KeyBinding([.enter], .follow, "open the drug's page: its mechanisms, results under their settings, and sources", contexts: [.drugs], hint: "open"),
    KeyBinding([.enter], .follow, "open the cell's evidence", contexts: [.matrix], hint: "evidence"),
    KeyBinding([.enter], .follow, "open the selected source in full (a drug's page when no source is selected)", contexts: [.detail], hint: "open source"),
    KeyBinding([.enter], .follow, "open the row's results in full (studies, doses, sources)", contexts: [.summary], hint: "row"),
    KeyBinding([.enter], .follow, "open the cell's source in full", contexts: [.compare], hint: "source"),
    KeyBinding([.enter], .follow, "open the selected claim, evidence, event or source", contexts: [.reader], hint: "open"),
    KeyBinding([.backspace, .character("[")], .back, "back to where the last followed link was", contexts: [.matrix, .detail], hint: "back"),
    KeyBinding([.backspace, .character("[")], .back, "back (nothing before the Drugs pane)", contexts: [.drugs]),
    KeyBinding([.character("]")], .forward, "forward again, after going back", contexts: [.drugs, .matrix, .detail, .reader]),
    KeyBinding([.backspace], .back, "back to the panes", contexts: [.summary], hint: "back"),
    KeyBinding([.backspace], .back, "back to the summary", contexts: [.compare], hint: "back"),
    KeyBinding([.backspace, .character("[")], .back, "back to the page before (from the first, to the panes)", contexts: [.reader], hint: "back"),
    KeyBinding([.character("r")], .review, "the review: its claims and how each has held up",
      contexts: [.drugs, .matrix, .detail, .reader], hint: "review"),
    KeyBinding([.character("t")], .timeline, "the timeline: dated events around the review",
      contexts: [.drugs, .matrix, .detail, .reader], hint: "timeline"),
    KeyBinding([.character("d")], .filterDrug, "timeline: one drug's events (and the class's); again: the next drug",
      contexts: [.reader]),
    KeyBinding([.character("y")], .copy, "copy what is selected as plain text (a source with its PMID and DOI, a cell with its sources) to the clipboard"),
    KeyBinding([.control("z")], .suspend, "suspend to the shell; fg comes back"),
    KeyBinding([.character("?")], .help, "help", hint: "help"),
    KeyBinding([.escape], .close, "close help"),
    KeyBinding([.character("q")], .quit, "close help or an opened source (back to where you were); else quit",
      contexts: [.drugs, .matrix, .detail], hint: "quit"),
    KeyBinding([.character("q")], .quit, "back to the panes", contexts: [.summary]),
    KeyBinding([.character("q")], .quit, "back to the summary", contexts: [.compare]),
    KeyBinding([.character("q")], .quit, "close the review or timeline: back to the panes", contexts: [.reader], hint: "close"),
    KeyBinding([.control("c"), .character("Q")], .forceQuit, "quit at once, from anywhere"),
  ]

  /// The action `key` triggers in `context`, if any.
  public static func action(for key: Key, in context: KeyContext) -> BrowserAction? {
    for binding in bindings where binding.applies(in: context) && binding.keys.contains(key) {
      return binding.action
    }
    return nil
  }

  /// Hints for the status line in `pane`, most useful first: movement, then the table's hints
  /// in the order quit, help, open, pane, back, then the review and timeline keys (so the ones
  /// that matter survive a narrow screen).
  public static func hints(in context: KeyContext) -> [(keys: String, help: String)] {
    hintsByContext[context] ?? []
  }

  /// Every context's hints, gathered from the table once: the status line asks on every frame.
  private static let hintsByContext: [KeyContext: [(keys: String, help: String)]] = Dictionary(
    uniqueKeysWithValues: KeyContext.allCases.map { ($0, gatherHints(in: $0)) })

  /// The hints of `context`, read from the table.
  private static func gatherHints(in context: KeyContext) -> [(keys: String, help: String)] {
    var hints: [(keys: String, help: String)] = [
      context == .matrix || context == .compare || context == .summary ? ("hjkl", "move") : ("j/k", context == .detail ? "sources" : "move")
    ]
    let order: [BrowserAction] = [
      .quit, .help, .follow, .mark, .compare, .export, .back, .nextSection, .focusNext, .search, .filterDrug, .review, .timeline,
    ]
    for action in order {
      for binding in bindings where binding.action == action && binding.applies(in: context) {
        if let hint = binding.hint { hints.append((binding.keys[0].label, hint)) }
      }
    }
    return hints
  }
}
