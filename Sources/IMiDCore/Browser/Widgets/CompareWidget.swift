/// The compare view in the browser: the summary table `imid compare --summary` prints, with the
/// selected cell highlighted; or one row's results in full (the layout `imid compare` prints
/// after the table), scrolled, with the selected entry highlighted and the opened source
/// framed on top.
struct CompareWidget {
  let state: BrowserState
  let screen: CompareScreen

  func render(in rect: Rect, into grid: inout Grid) {
    let names = screen.drugs.map { state.catalog.drugs[$0].name }.joined(separator: " · ")
    let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 2))
    guard screen.row != nil else {
      grid.write(TextWidth.truncate("Compare · " + names + " · summary", to: rect.width), x: rect.x, y: rect.y, style: .title, limit: rect.width)
      renderSummary(in: body, into: &grid)
      return
    }
    let layout = CompareNavigation.layout(state, screen)
    let label = layout.comparison.sections.first?.rows.first?.label ?? ""
    grid.write(TextWidth.truncate("Compare · " + names + " › " + label, to: rect.width), x: rect.x, y: rect.y, style: .title, limit: rect.width)
    for row in 0..<body.height {
      let index = screen.scroll + row
      guard layout.lines.indices.contains(index) else { break }
      for segment in layout.lines[index] {
        let selected = segment.entry == screen.selection
        grid.write(segment.text, x: body.x + segment.x, y: body.y + row, style: selected ? .selected : segment.style,
          limit: body.width - segment.x)
      }
    }
    renderCitation(layout, in: body, into: &grid)
  }

  /// The summary table, scrolled, the selected cell (and its row's label) highlighted.
  private func renderSummary(in body: Rect, into grid: inout Grid) {
    let layout = state.compareSummaryLayout(screen)
    let selected = screen.summarySelection
    for row in 0..<body.height {
      let index = screen.summaryScroll + row
      guard layout.lines.indices.contains(index) else { break }
      let line = layout.lines[index]
      let isSelectedRow = line.contains { $0.entry.map { ($0.section, $0.row) == (selected.section, selected.row) } ?? false }
      for segment in line {
        var style = segment.style
        if let entry = segment.entry, (entry.section, entry.row, entry.column) == (selected.section, selected.row, selected.column) {
          style = .selected
        } else if isSelectedRow, segment.x == 0 {
          style = .selectedInactive
        }
        grid.write(segment.text, x: body.x + segment.x, y: body.y + row, style: style, limit: max(0, body.width - segment.x))
      }
    }
  }

  /// The source opened from the selected entry, framed over the details.
  private func renderCitation(_ layout: CompareLayout, in body: Rect, into grid: inout Grid) {
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
