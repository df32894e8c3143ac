/// The `?` overlay: every binding of the key table, grouped by where it works, each
/// description wrapped inside the frame, scrollable, with the grade legend at the end. It
/// covers the whole screen when the screen is narrow, so no pane border shows beside it.
struct HelpOverlayWidget {
  let state: BrowserState

  /// The groups, in the key table's order of first appearance: "Everywhere" for the bindings
  /// that apply in every context, else the contexts' names.
  static func groups() -> [(title: String, bindings: [KeyBinding])] {
    var groups: [(title: String, bindings: [KeyBinding])] = []
    for binding in KeyMap.bindings {
      let title = binding.contexts.isEmpty
        ? "Everywhere" : KeyContext.allCases.filter { binding.contexts.contains($0) }.map(\.title).joined(separator: ", ")
      if let index = groups.firstIndex(where: { $0.title == title }) {
        groups[index].bindings.append(binding)
      } else {
        groups.append((title, [binding]))
      }
    }
    return groups
  }

  /// The overlay's lines for an inner width of `width` cells.
  static func lines(width: Int) -> [(text: String, style: CellStyle)] {
    let width = max(1, width)
    let keys = min(14, KeyMap.bindings.map { TextWidth.cells(of: $0.keyLabels) }.max() ?? 4)
    var lines: [(String, CellStyle)] = []
    for group in groups() {
      if !lines.isEmpty { lines.append(("", .normal)) }
      lines += TextLines.paragraph(group.title, width: width).map { ($0, .header) }
      for binding in group.bindings {
        lines += TextLines.hanging(binding.help, width: width, first: TextWidth.pad(binding.keyLabels, to: keys) + "  ", rest: keys + 2)
          .map { ($0, .normal) }
      }
    }
    lines.append(("", .normal))
    for legend in ["Grades rate the strength of the effect the sources report: — none, + weak, ++ moderate, +++ strong; ? \(Grade.noEvidence).",
                   "The letter after a grade says what it rests on: h patients or volunteers, a animals, v in vitro (cells), c a class statement only.",
                   "† marks findings published after the review's horizon."] {
      lines += TextLines.paragraph(legend, width: width).map { ($0, .dim) }
    }
    return lines
  }

  func render(in screen: Rect, into grid: inout Grid) {
    // Up to 90 cells wide, centred; the whole screen when it is narrower than that plus a margin.
    let width = screen.width >= 96 ? 92 : screen.width
    let height = screen.height >= 12 ? screen.height - 2 : screen.height
    guard width >= 8, height >= 3 else { return }
    let rect = Rect(x: screen.x + (screen.width - width) / 2, y: screen.y + (screen.height - height) / 2, width: width, height: height)
    grid.fill(rect, with: Cell(" "))
    let inner = rect.inset(by: 1)
    let content = Self.lines(width: inner.width - 1)
    let scroll = min(state.helpScroll, max(0, content.count - inner.height))
    let footer = content.count > inner.height ? "\(scroll + 1)–\(min(content.count, scroll + inner.height))/\(content.count)" : nil
    FrameWidget(title: "Keys · j/k scroll · q closes", focused: true, footer: footer).render(in: rect, into: &grid)
    for row in 0..<inner.height where scroll + row < content.count {
      let line = content[scroll + row]
      grid.write(" " + line.text, x: inner.x, y: inner.y + row, style: line.style, limit: inner.width)
    }
  }
}
