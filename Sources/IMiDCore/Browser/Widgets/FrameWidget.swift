/// A pane's frame with its title on the top edge, an optional footer at the right of the bottom
/// edge and an optional note (a legend) at its left: the longest of its wordings that fits
/// beside the footer, else the shortest, cut.
/// The focused pane is drawn with heavy lines and its own style, so focus shows even without colour.
struct FrameWidget {
  var title: String
  var focused: Bool
  var footer: String?
  /// Dim text at the left of the bottom edge, e.g. the matrix's evidence-level key, in
  /// wordings from longest to shortest (none: no note).
  var note: [String] = []

  func render(in rect: Rect, into grid: inout Grid) {
    guard rect.width >= 2, rect.height >= 2 else {
      grid.fill(rect)
      return
    }
    let style: CellStyle = focused ? .focusedBorder : .border
    let (h, v, tl, tr, bl, br) = focused ? ("━", "┃", "┏", "┓", "┗", "┛") : ("─", "│", "┌", "┐", "└", "┘")
    let (horizontal, vertical) = (Cell(h, style: style), Cell(v, style: style))
    let right = rect.x + rect.width - 1, bottom = rect.y + rect.height - 1
    for x in (rect.x + 1)..<right {
      grid.set(x, rect.y, horizontal)
      grid.set(x, bottom, horizontal)
    }
    for y in (rect.y + 1)..<bottom {
      grid.set(rect.x, y, vertical)
      grid.set(right, y, vertical)
    }
    grid.set(rect.x, rect.y, Cell(tl, style: style))
    grid.set(right, rect.y, Cell(tr, style: style))
    grid.set(rect.x, bottom, Cell(bl, style: style))
    grid.set(right, bottom, Cell(br, style: style))
    grid.fill(rect.inset(by: 1))
    let room = rect.width - 4
    if room > 0 {
      let label = TextWidth.truncate(" " + title + " ", to: room)
      grid.write(label, x: rect.x + 2, y: rect.y, style: focused ? .focusedBorder : .paneTitle, limit: room)
    }
    if let footer, room > 0 {
      let label = TextWidth.truncate(" " + footer + " ", to: room)
      let width = TextWidth.cells(of: label)
      grid.write(label, x: right - 1 - width, y: bottom, style: style, limit: width)
    }
    let footerWidth = footer.map { TextWidth.cells(of: " " + $0 + " ") + 1 } ?? 0
    let noteRoom = room - footerWidth
    if let shortest = note.last, noteRoom > 2 {
      let wording = note.first { TextWidth.cells(of: $0) + 2 <= noteRoom } ?? shortest
      let label = TextWidth.truncate(" " + wording + " ", to: noteRoom)
      grid.write(label, x: rect.x + 2, y: bottom, style: .dim, limit: noteRoom)
    }
  }
}
