/// The `?` overlay: every binding of the key table, with the pane it applies to.
struct HelpOverlayWidget {
  let state: BrowserState

  static func lines() -> [String] {
    let width = KeyMap.bindings.map { TextWidth.cells(of: $0.keyLabels) }.max() ?? 4
    var lines: [String] = []
    for binding in KeyMap.bindings {
      let scope = binding.contexts.isEmpty
        ? "" : " (" + KeyContext.allCases.filter { binding.contexts.contains($0) }.map(\.title).joined(separator: ", ") + ")"
      lines.append(TextWidth.pad(binding.keyLabels, to: width) + "  " + binding.help + scope)
    }
    lines.append("")
    lines.append("Grades: — none  + weak  ++ moderate  +++ strong  ? not studied")
    lines.append("† marks findings published after the review's horizon.")
    return lines
  }

  func render(in screen: Rect, into grid: inout Grid) {
    let content = Self.lines()
    let width = min(screen.width - 2, max(40, (content.map { TextWidth.cells(of: $0) }.max() ?? 40) + 4))
    let height = min(screen.height - 2, content.count + 2)
    guard width >= 8, height >= 3 else { return }
    let rect = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2, width: width, height: height)
    FrameWidget(title: "Keys · q closes", focused: true, footer: nil).render(in: rect, into: &grid)
    let inner = rect.inset(by: 1)
    let scroll = min(state.helpScroll, max(0, content.count - inner.height))
    for row in 0..<inner.height where scroll + row < content.count {
      grid.write(" " + content[scroll + row], x: inner.x, y: inner.y + row, limit: inner.width)
    }
  }
}
