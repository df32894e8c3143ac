/// The reader on screen: the page's title (with how deep the pages go and where the text is)
/// on the top line, the page's lines below with the selected item highlighted.
struct ReaderWidget {
  let state: BrowserState
  let reader: ReaderScreen

  func render(in rect: Rect, into grid: inout Grid) {
    guard rect.height > 0, rect.width > 0 else { return }
    let document = state.readerDocument()
    let page = reader.page
    let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 2))
    var position = ""
    if document.lines.count > body.height, body.height > 0 {
      position = " \(page.scroll + 1)–\(min(document.lines.count, page.scroll + body.height))/\(document.lines.count) "
    }
    let depth = reader.pages.count > 1 ? " ‹ \(reader.pages.count - 1)" : ""
    grid.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), with: Cell(" ", style: .title))
    let room = max(0, rect.width - TextWidth.cells(of: position))
    grid.write(TextWidth.truncate(TextSafety.sanitized(document.title) + depth, to: room), x: rect.x, y: rect.y, style: .title, limit: room)
    if !position.isEmpty, room < rect.width {
      grid.write(position, x: rect.x + room, y: rect.y, style: .title, limit: rect.width - room)
    }
    for row in 0..<body.height {
      let index = page.scroll + row
      guard document.lines.indices.contains(index) else { break }
      let line = document.lines[index]
      let selected = line.item != nil && line.item == page.selection
      if selected { grid.fill(Rect(x: body.x, y: body.y + row, width: body.width, height: 1), with: Cell(" ", style: .selected)) }
      var x = body.x
      for span in line.spans where x < body.x + body.width {
        x += grid.write(span.text, x: x, y: body.y + row, style: selected ? .selected : span.style, limit: body.x + body.width - x)
      }
    }
  }
}
