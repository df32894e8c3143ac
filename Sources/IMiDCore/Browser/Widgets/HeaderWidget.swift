/// The top line: the catalogue's title and the review it renders (three panes), or a tab bar
/// naming the panes with the shown one in brackets (small terminals).
struct HeaderWidget {
  let state: BrowserState
  let tabbed: Bool

  func render(in rect: Rect, into grid: inout Grid) {
    guard !rect.isEmpty else { return }
    if tabbed {
      // Full pane names when they fit, else short ones; the pane's frame still shows its full name.
      let full = Pane.allCases.reduce(0) { $0 + TextWidth.cells(of: $1.title) + 2 } <= rect.width
      var x = rect.x
      for pane in Pane.allCases {
        let focused = pane == state.focus
        let name = full ? pane.title : pane.shortTitle
        let label = focused ? "[" + name + "]" : " " + name + " "
        x += grid.write(label, x: x, y: rect.y, style: focused ? .focusedBorder : .paneTitle, limit: rect.x + rect.width - x)
      }
      return
    }
    grid.write(TextWidth.truncate(state.headline, to: rect.width), x: rect.x, y: rect.y, style: .title, limit: rect.width)
  }

  /// The top line for a catalogue: its title and the review it renders. (Made once, with the
  /// browser's state: it reads the review's citation from the catalogue.)
  static func headline(_ catalog: Catalog) -> String {
    var text = "imid · " + (catalog.title ?? "catalogue")
    if let review = catalog.reviewCitation {
      let first = review.authors.first.map { $0 + (review.authors.count > 1 ? " et al." : "") }
      text += " · renders " + [first, review.journal, String(review.year)].compactMap { $0 }.joined(by: ", ")
    }
    return text
  }
}
