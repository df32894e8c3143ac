/// The Drugs pane: one row per drug (name, first code name, generation), a cursor mark on the
/// selected row, and the position on the frame. Only the visible rows are measured and drawn.
struct DrugsPaneWidget {
  let state: BrowserState

  func render(in rect: Rect, into grid: inout Grid) {
    let catalog = state.catalog
    let focused = state.focus == .drugs
    let position = catalog.drugs.isEmpty ? "0/0" : "\(state.drugIndex + 1)/\(catalog.drugs.count)"
    FrameWidget(title: Pane.drugs.title, focused: focused, footer: position).render(in: rect, into: &grid)
    let inner = rect.inset(by: 1)
    guard !inner.isEmpty else { return }
    let visible = state.drugScroll..<min(catalog.drugs.count, state.drugScroll + inner.height)
    var nameWidth = 0, codeWidth = 0
    for d in visible {
      nameWidth = max(nameWidth, TextWidth.cells(of: catalog.drugs[d].name))
      codeWidth = max(codeWidth, TextWidth.cells(of: catalog.drugs[d].codes.first ?? ""))
    }
    let room = inner.width - 1
    nameWidth = min(nameWidth, max(4, room * 6 / 10))
    let showCode = codeWidth > 0 && nameWidth + 1 + codeWidth <= room
    let generationX = nameWidth + (showCode ? 2 + codeWidth : 1) + 1
    for (row, d) in visible.enumerated() {
      let drug = catalog.drugs[d]
      let y = inner.y + row
      let selected = d == state.drugIndex
      let base: CellStyle = selected ? (focused ? .selected : .selectedInactive) : .normal
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: base))
      grid.write(selected ? "›" : " ", x: inner.x, y: y, style: base)
      grid.write(TextWidth.truncate(drug.name, to: nameWidth), x: inner.x + 1, y: y, style: base, limit: nameWidth)
      if showCode, let code = drug.codes.first {
        grid.write(code, x: inner.x + 2 + nameWidth, y: y, style: selected ? base : .dim, limit: codeWidth)
      }
      if let generation = drug.generation, generationX < inner.width {
        let width = inner.width - generationX
        grid.write(TextWidth.truncate(generation, to: width), x: inner.x + generationX, y: y, style: selected ? base : .dim, limit: width)
      }
    }
  }
}
