/// The Mechanisms pane: drugs × mechanisms with grade symbols, the selected cell in brackets,
/// ◀ ▶ when columns scroll sideways, and the legend on the last inner row.
struct MatrixPaneWidget {
  let state: BrowserState
  let rows: Int
  /// The frame's drugs, columns and cells.
  let window: DrugWindow

  func render(in rect: Rect, into grid: inout Grid) {
    let catalog = state.catalog
    let focused = state.focus == .matrix
    let footer = catalog.mechanisms.isEmpty || state.loading != nil
      ? nil : "\(state.mechanismIndex + 1)/\(catalog.mechanisms.count)"
    let note = catalog.anyEvidenceLevel && state.loading == nil ? Self.levelKey : []
    FrameWidget(title: Pane.matrix.title, focused: focused, footer: footer, note: note).render(in: rect, into: &grid)
    let inner = rect.inset(by: 1)
    guard !inner.isEmpty else { return }
    if let loading = state.loading {
      grid.write(TextWidth.truncate(loading, to: inner.width - 1), x: inner.x + 1, y: inner.y, style: .dim, limit: inner.width - 1)
      return
    }
    let visibleDrugs = state.matrixScroll..<min(catalog.drugs.count, state.matrixScroll + rows)
    let columns = window.columns
    let shown = columns.visible(from: state.matrixColumnScroll)

    // Header row.
    grid.write(TextWidth.truncate("Drug", to: columns.nameWidth), x: inner.x + 1, y: inner.y, style: .header, limit: columns.nameWidth)
    var x = inner.x + columns.firstColumnX
    for m in shown {
      let selected = m == state.mechanismIndex
      grid.write("  " + catalog.mechanisms[m].header, x: x, y: inner.y, style: selected && focused ? .focusedBorder : .header, limit: 1 + columns.widths[m])
      x += 1 + columns.widths[m]
    }
    if shown.lowerBound > 0 { grid.write("◀", x: inner.x + columns.firstColumnX - 1, y: inner.y, style: .key) }
    if shown.upperBound < catalog.mechanisms.count { grid.write("▶", x: inner.x + inner.width - 1, y: inner.y, style: .key) }

    // Drug rows.
    for (row, d) in visibleDrugs.enumerated() where row + 1 < inner.height {
      let y = inner.y + 1 + row
      let selectedRow = d == state.drugIndex
      grid.write(selectedRow ? "›" : " ", x: inner.x, y: y, style: selectedRow ? .key : .normal)
      grid.write(TextWidth.truncate(window.drugs[d].name, to: columns.nameWidth), x: inner.x + 1, y: y,
        style: selectedRow ? .selectedInactive : .normal, limit: columns.nameWidth)
      var x = inner.x + columns.firstColumnX
      let cells = window.matrixRow(catalog, drug: d)
      for m in shown {
        let (cell, symbol) = (cells[m].cell, cells[m].symbol)
        let selected = selectedRow && m == state.mechanismIndex
        let width = 1 + columns.widths[m]
        let text = selected ? " [" + symbol + "]" : "  " + symbol
        let style: CellStyle = selected ? (focused ? .selected : .selectedInactive) : Self.style(for: cell)
        grid.write(text, x: x, y: y, style: style, limit: width)
        x += width
      }
    }

    // Legend.
    if inner.height >= 3 {
      let later = catalog.horizon.map { "   † after \($0)" } ?? ""
      let shortLater = catalog.horizon.map { " †>\($0)" } ?? ""
      let candidates = [
        MatrixView.gradeLegend + later,
        "— none  + weak  ++ mod  +++ strong  ? no evidence" + shortLater,
        "—none +weak ++mod +++strong ?no data" + shortLater,
      ]
      let legend = candidates.first { TextWidth.cells(of: $0) <= inner.width - 1 } ?? candidates[candidates.count - 1]
      grid.write(TextWidth.truncate(legend, to: inner.width - 1), x: inner.x + 1, y: inner.y + inner.height - 1, style: .dim, limit: inner.width - 1)
    }
  }

  /// The evidence-level key for the bottom edge, longest wording first.
  static let levelKey = [
    "level: h human · a animal · v in vitro · c class only",
    "h human · a animal · v in vitro · c class",
    "h human a animal v lab c class",
    "h/a/v/c: human/animal/lab/class",
  ]

  /// A cell's style from what it holds: later findings stand out, strong ones are bold, none
  /// and not studied recede.
  static func style(for cell: MatrixView.Cell) -> CellStyle {
    if cell.isLater { return .later }
    switch cell.grade {
    case .strong: return .strong
    case .some(.none), nil: return .dim
    case .weak, .moderate: return .normal
    }
  }
}
