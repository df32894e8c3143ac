/// The bottom line: the key hints that matter in the focused pane (from the key table), or a
/// message; the catalogue's position on the right.
struct StatusLineWidget {
  let state: BrowserState

  func render(in rect: Rect, into grid: inout Grid) {
    guard !rect.isEmpty else { return }
    grid.fill(rect, with: Cell(" ", style: .status))
    if let prompt = state.prompt {
      // A message about the prompt (an unknown ending) shows on the row above it.
      if let message = state.message, rect.y > 0 {
        let above = Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: 1)
        grid.fill(above, with: Cell(" ", style: .status))
        grid.write(TextWidth.truncate(message, to: rect.width - 1), x: rect.x + 1, y: above.y, style: .warning, limit: rect.width - 1)
      }
      let question: String
      switch prompt.stage {
      case .name: question = "Export to: "
      case .confirmOverwrite: question = "\(prompt.path) exists. Replace it? (y/n) "
      }
      var x = rect.x + 1
      x += grid.write(question, x: x, y: rect.y, style: .key, limit: rect.width - 1)
      if prompt.stage == .name {
        // Show the end of a long name, where typing happens, and a cursor after it.
        let room = max(1, rect.x + rect.width - x - 1)
        let name = Self.tail(prompt.path, fitting: room - 1)
        x += grid.write(name, x: x, y: rect.y, style: .status, limit: room)
        grid.write("▏", x: x, y: rect.y, style: .key)
      }
      return
    }
    if let search = state.search {
      // "/query▏" on the left, the number of matching drugs on the right.
      let drugs = search.matches == 0 ? "no drug" : search.matches == 1 ? "1 drug" : "\(search.matches) drugs"
      let count = search.query.isEmpty ? "" : drugs + " · Tab: everywhere"
      let countWidth = TextWidth.cells(of: count)
      let end = rect.x + rect.width - (count.isEmpty ? 0 : countWidth + 2)
      var x = rect.x + 1
      x += grid.write("/", x: x, y: rect.y, style: .key, limit: max(0, end - x))
      let room = max(1, end - x - 1)
      let query = Self.tail(search.query, fitting: room - 1)
      x += grid.write(query, x: x, y: rect.y, style: .status, limit: max(0, end - x))
      grid.write("▏", x: x, y: rect.y, style: .key, limit: max(0, end - x))
      if !count.isEmpty, countWidth + 2 < rect.width {
        grid.write(count, x: rect.x + rect.width - countWidth - 1, y: rect.y, style: search.matches == 0 ? .warning : .status)
      }
      return
    }
    if let message = state.message {
      // A message longer than the line takes the rows above it (up to three in all), so it
      // can be read whole; the next key clears it.
      let lines = TextWrap.lines(TextSafety.sanitized(message), width: max(1, rect.width - 2))
      let rows = min(lines.count, 3, max(1, rect.y + 1))
      for (index, line) in lines.prefix(rows).enumerated() {
        let y = rect.y - (rows - 1) + index
        grid.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), with: Cell(" ", style: .status))
        let text = index == rows - 1 && lines.count > rows ? TextWidth.truncate(line + " …", to: rect.width - 2) : line
        grid.write(text, x: rect.x + 1, y: y, style: .warning, limit: rect.width - 1)
      }
      return
    }
    if let loading = state.loading {
      let text = loading + "  keys wait for it; q quits"
      grid.write(TextWidth.truncate(text, to: rect.width - 1), x: rect.x + 1, y: rect.y, style: .key, limit: rect.width - 1)
      return
    }
    let hints: [(keys: String, help: String)] =
      state.showsHelp ? [("j/k", "scroll"), ("q", "close help")] : KeyMap.hints(in: state.keyContext)
    var x = rect.x + 1
    let end = rect.x + rect.width
    for hint in hints {
      let width = TextWidth.cells(of: hint.keys) + 1 + TextWidth.cells(of: hint.help)
      guard x + width <= end else { break }
      x += grid.write(hint.keys, x: x, y: rect.y, style: .key)
      x += grid.write(" " + hint.help + "  ", x: x, y: rect.y, style: .status, limit: end - x)
    }
  }

  /// The longest end of `text` that fits in `width` cells (what removing characters from the
  /// front until it fits leaves), measured once from the back: a pasted 4,096-character name
  /// costs one pass, not one pass per removed character.
  static func tail(_ text: String, fitting width: Int) -> String {
    var used = 0
    var start = text.endIndex
    while start > text.startIndex {
      let previous = text.index(before: start)
      let cells = TextWidth.cells(of: text[previous])
      if used + cells > width { break }
      used += cells
      start = previous
    }
    return String(text[start...])
  }
}
