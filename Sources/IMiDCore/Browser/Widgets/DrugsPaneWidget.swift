/// The Drugs pane: one row per drug (name, first code name, generation), a cursor mark on the
/// selected row, and the position on the frame. Only the visible rows are measured and drawn.
struct DrugsPaneWidget {
  let state: BrowserState
  /// The frame's decoded drugs.
  let drugs: VisibleDrugs

  func render(in rect: Rect, into grid: inout Grid) {
    let catalog = state.catalog
    let focused = state.focus == .drugs
    let total = state.loading == nil ? String(catalog.drugs.count) : "…"
    let position = catalog.drugs.isEmpty ? "0/0" : "\(state.drugIndex + 1)/\(total)"
    FrameWidget(title: Pane.drugs.title, focused: focused, footer: position).render(in: rect, into: &grid)
    let inner = rect.inset(by: 1)
    guard !inner.isEmpty else { return }
    let visible = state.drugScroll..<min(catalog.drugs.count, state.drugScroll + inner.height)
    let drugs = visible.map { self.drugs[$0] }
    var nameWidth = 0, codeWidth = 0
    for drug in drugs {
      nameWidth = max(nameWidth, TextWidth.cells(of: drug.name))
      codeWidth = max(codeWidth, TextWidth.cells(of: drug.code ?? ""))
    }
    // A second column flags marked drugs, once any is marked.
    let markWidth = state.marked.isEmpty ? 0 : 1
    let room = inner.width - 1 - markWidth
    nameWidth = min(nameWidth, max(4, room * 6 / 10))
    let showCode = codeWidth > 0 && nameWidth + 1 + codeWidth <= room
    let generationX = nameWidth + (showCode ? 2 + codeWidth : 1) + 1
    for (row, (d, drug)) in zip(visible, drugs).enumerated() {
      let y = inner.y + row
      let selected = d == state.drugIndex
      let base: CellStyle = selected ? (focused ? .selected : .selectedInactive) : .normal
      grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), with: Cell(" ", style: base))
      grid.write(selected ? "›" : " ", x: inner.x, y: y, style: base)
      if markWidth > 0, state.marked.contains(d) { grid.write("●", x: inner.x + 1, y: y, style: selected ? base : .key) }
      let left = inner.x + 1 + markWidth
      grid.write(TextWidth.truncate(drug.name, to: nameWidth), x: left, y: y, style: base, limit: nameWidth)
      if showCode, let code = drug.code {
        grid.write(code, x: left + 1 + nameWidth, y: y, style: selected ? base : .dim, limit: codeWidth)
      }
      if let generation = drug.generation, generationX + markWidth < inner.width {
        let width = inner.width - generationX - markWidth
        grid.write(TextWidth.truncate(generation, to: width), x: left - 1 + generationX, y: y, style: selected ? base : .dim, limit: width)
      }
    }
  }
}
