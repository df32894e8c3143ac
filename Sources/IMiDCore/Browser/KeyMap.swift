/// The browser's key table (less and vim habits). Dispatch, the status-line hints and the help
/// overlay all read this one table, so they cannot disagree.
public enum KeyMap {
  /// Every binding, in the order help lists them.
  public static let bindings: [KeyBinding] = [
    KeyBinding([.character("j"), .down], .moveDown, "down"),
    KeyBinding([.character("k"), .up], .moveUp, "up"),
    KeyBinding([.character("h"), .left], .moveLeft, "previous mechanism", panes: [.matrix]),
    KeyBinding([.character("l"), .right], .moveRight, "next mechanism", panes: [.matrix]),
    KeyBinding([.character("g"), .home], .top, "first row"),
    KeyBinding([.character("G"), .end], .bottom, "last row"),
    KeyBinding([.pageDown, .control("d"), .character(" ")], .pageDown, "page down"),
    KeyBinding([.pageUp, .control("u")], .pageUp, "page up"),
    KeyBinding([.tab], .focusNext, "next pane", hint: "pane"),
    KeyBinding([.backTab], .focusPrevious, "previous pane"),
    KeyBinding([.enter], .follow, "open the drug's matrix row", panes: [.drugs], hint: "open"),
    KeyBinding([.enter], .follow, "open the cell's evidence", panes: [.matrix], hint: "evidence"),
    KeyBinding([.enter], .follow, "open the selected source in full", panes: [.detail], hint: "open source"),
    KeyBinding([.backspace], .back, "back", panes: [.matrix, .detail], hint: "back"),
    KeyBinding([.backspace], .back, "back", panes: [.drugs]),
    KeyBinding([.character("?")], .help, "help", hint: "help"),
    KeyBinding([.escape], .close, "close help"),
    KeyBinding([.character("q")], .quit, "close help, or quit", hint: "quit"),
    KeyBinding([.control("c")], .forceQuit, "quit at once"),
  ]

  /// The action `key` triggers in `pane`, if any.
  public static func action(for key: Key, in pane: Pane) -> BrowserAction? {
    for binding in bindings where binding.applies(in: pane) && binding.keys.contains(key) {
      return binding.action
    }
    return nil
  }

  /// Hints for the status line in `pane`, most useful first: movement, then the table's hints
  /// in the order quit, help, open, pane, back (so the ones that matter survive a narrow screen).
  public static func hints(in pane: Pane) -> [(keys: String, help: String)] {
    var hints: [(keys: String, help: String)] = [pane == .matrix ? ("hjkl", "move") : ("j/k", pane == .detail ? "sources" : "move")]
    let order: [BrowserAction] = [.quit, .help, .follow, .focusNext, .back]
    for action in order {
      for binding in bindings where binding.action == action && binding.applies(in: pane) {
        if let hint = binding.hint { hints.append((binding.keys[0].label, hint)) }
      }
    }
    return hints
  }
}
