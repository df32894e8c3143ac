/// The compare view in the browser: the same layout `imid compare` prints, scrolled, with the
/// selected cell highlighted, and the opened source framed on top.
struct CompareWidget {
  let state: BrowserState
  let screen: CompareScreen

  func render(in rect: Rect, into grid: inout Grid) {
    let layout = CompareNavigation.layout(state, screen)
    let names = screen.drugs.map { state.catalog.drugs[$0].name }.joined(separator: " · ")
    grid.write(TextWidth.truncate("Compare · " + names, to: rect.width), x: rect.x, y: rect.y, style: .title, limit: rect.width)
    let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2)
    for row in 0..<body.height {
      let index = screen.scroll + row
      guard layout.lines.indices.contains(index) else { break }
      for segment in layout.lines[index] {
        let selected = segment.entry == screen.selection
        grid.write(segment.text, x: body.x + segment.x, y: body.y + row, style: selected ? .selected : segment.style,
          limit: body.width - segment.x)
      }
    }
    if let id = screen.citation, let citation = state.catalog.citation(id: id) {
      let box = Rect(x: body.x + 2, y: body.y + 1, width: body.width - 4, height: body.height - 2)
      let lines = CitationView.lines(state.catalog, citation: citation, width: max(1, box.width - 2))
      let cites = layout.entry(screen.selection)?.cite ?? []
      var title = "Citation"
      if cites.count > 1, let index = cites.firstIndex(of: id) { title += " \(index + 1)/\(cites.count) · Enter: next" }
      FrameWidget(title: title, focused: true, footer: nil).render(in: box, into: &grid)
      let inner = box.inset(by: 1)
      let scroll = min(screen.citationScroll, max(0, lines.count - inner.height))
      for row in 0..<inner.height where scroll + row < lines.count {
        grid.write(lines[scroll + row], x: inner.x, y: inner.y + row, style: row == 0 && scroll == 0 ? .header : .normal, limit: inner.width)
      }
    }
  }
}
