import CCurses
import IMiDCore

/// Paints the model's cell grid with ncursesw, row by row, skipping rows that did not change
/// since the last frame (curses then sends only the changed cells to the terminal).
struct CursesPainter {
  private var previous: Grid?

  /// Draws `grid`; after a resize everything is repainted.
  mutating func paint(_ grid: Grid) {
    let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
    if full { imid_clear() }
    for y in 0..<grid.height {
      let row = grid.row(y)
      if !full, let previous, previous.row(y) == row { continue }
      paintRow(row, y: y, width: grid.width)
    }
    imid_flush()
    previous = grid
  }

  /// Forgets the last frame, so the next paint repaints everything.
  mutating func invalidate() { previous = nil }

  /// Draws one row as runs of equally styled cells. The right half of a wide character is
  /// skipped (the wide character covers it); the bottom-right cell is drawn last, without scrolling.
  private func paintRow(_ row: ArraySlice<Cell>, y: Int, width: Int) {
    var run: [wchar_t] = []
    var runStart = 0
    var runStyle = CellStyle.normal
    func flush() {
      guard !run.isEmpty else { return }
      run.withUnsafeBufferPointer { imid_draw(Int32(y), Int32(runStart), $0.baseAddress, Int32($0.count), Int32(runStyle.rawValue)) }
      run.removeAll(keepingCapacity: true)
    }
    var x = 0
    for cell in row {
      defer { x += 1 }
      if cell.isContinuation { continue }
      if run.isEmpty || cell.style != runStyle {
        flush()
        runStart = x
        runStyle = cell.style
      }
      for scalar in cell.text.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
    }
    flush()
  }
}
