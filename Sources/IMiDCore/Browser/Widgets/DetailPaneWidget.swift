/// The Citation pane: the document for its subject, scrolled, with the selected source highlighted.
struct DetailPaneWidget {
  let state: BrowserState
  /// The frame's decoded drugs.
  let drugs: VisibleDrugs

  func render(in rect: Rect, into grid: inout Grid) {
    let focused = state.focus == .detail
    let inner = rect.inset(by: 1)
    if let loading = state.loading {
      FrameWidget(title: Pane.detail.title, focused: focused, footer: nil).render(in: rect, into: &grid)
      guard !inner.isEmpty else { return }
      grid.write(TextWidth.truncate(loading, to: inner.width), x: inner.x, y: inner.y, style: .dim, limit: inner.width)
      return
    }
    let document = state.detailDocument(width: inner.width)
    var footer: String?
    if document.lines.count > inner.height, inner.height > 0 {
      let last = min(document.lines.count, state.detailScroll + inner.height)
      footer = "\(state.detailScroll + 1)–\(last)/\(document.lines.count)"
    }
    var title = Pane.detail.title
    if let subject = Self.subjectLabel(state, drugs: drugs) { title += " · " + subject }
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

  /// What the pane is about, for its frame, so it stays in view however far the text scrolls:
  /// `Lenalidomide × TNF-α +++`, `Lenalidomide`, `Schafer 2003`.
  static func subjectLabel(_ state: BrowserState, drugs: VisibleDrugs) -> String? {
    let catalog = state.catalog
    switch state.detail {
    case .none: return nil
    case .drug(let d): return catalog.drugs.indices.contains(d) ? drugs[d].name : nil
    case .cell(let d, let m):
      guard catalog.drugs.indices.contains(d), catalog.mechanisms.indices.contains(m) else { return nil }
      let symbol = MatrixView.symbol(catalog, drugIndex: d, mechanismIndex: m)
      return "\(drugs[d].name) × \(catalog.mechanisms[m].header) \(symbol)"
    case .citation(let id):
      guard let citation = catalog.citation(id: id) else { return nil }
      let author = citation.authors.first.map { String($0.split(separator: " ").first ?? Substring($0)) }
      return [author ?? citation.journal ?? citation.publisher, String(citation.year)].compactMap { $0 }.joined(separator: " ")
    }
  }
}
