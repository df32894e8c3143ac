/// The Citation pane: the document for its subject, scrolled, with the selected source highlighted.
struct DetailPaneWidget {
  let state: BrowserState

  func render(in rect: Rect, into grid: inout Grid) {
    let focused = state.focus == .detail
    let inner = rect.inset(by: 1)
    let document = state.detailDocument(width: inner.width)
    var footer: String?
    if document.lines.count > inner.height, inner.height > 0 {
      let last = min(document.lines.count, state.detailScroll + inner.height)
      footer = "\(state.detailScroll + 1)–\(last)/\(document.lines.count)"
    }
    var title = Pane.detail.title
    if !state.history.isEmpty { title += " ‹ \(state.history.count)" }
    FrameWidget(title: title, focused: focused, footer: footer).render(in: rect, into: &grid)
    guard !inner.isEmpty else { return }
    for row in 0..<inner.height {
      let index = state.detailScroll + row
      guard document.lines.indices.contains(index) else { break }
      let line = document.lines[index]
      let selected = line.source != nil && line.source == state.referenceIndex
      let style: CellStyle = selected ? (focused ? .selected : .selectedInactive) : line.style
      if selected { grid.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), with: Cell(" ", style: style)) }
      grid.write(line.text, x: inner.x, y: inner.y + row, style: style, limit: inner.width)
    }
  }
}
