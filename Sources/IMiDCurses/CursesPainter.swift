import CCurses
import IMiDCore

/// Paints the model's cell grid with ncursesw, row by row: the cells that changed since the last
/// frame (all of them after a resize), which curses then sends to the terminal.
struct CursesPainter {
  private var previous: Grid?

  /// Draws `grid`; after a resize everything is repainted.
  mutating func paint(_ grid: Grid) {
    let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
    if full { imid_clear() }
    // The cells of one run, two integers each (see `imid_draw_cells`), reused row after row.
    var run: [UInt64] = []
    run.reserveCapacity(2 * min(grid.width, Int(IMID_DRAW_LIMIT)))
    for y in 0..<grid.height {
      let row = grid.row(y)
      if full { paintRow(row, y: y, since: nil, run: &run) } else if let previous {
        let before = previous.row(y)
        if before != row { paintRow(row, y: y, since: before, run: &run) }
      }
    }
    imid_flush()
    previous = grid
  }

  /// Forgets the last frame, so the next paint repaints everything.
  mutating func invalidate() { previous = nil }

  /// Draws one row as runs of equally styled cells: every cell, or (given the row as it was)
  /// only the cells that changed, so curses compares and sends no more than that. A grapheme
  /// goes to curses as one cell (its scalars packed as `Cell` keeps them); the right half of a wide
  /// character is skipped (the wide character covers it).
  private func paintRow(_ row: ArraySlice<Cell>, y: Int, since before: ArraySlice<Cell>?, run: inout [UInt64]) {
    var runStart = 0
    var runStyle = CellStyle.normal
    func flush() {
      guard !run.isEmpty else { return }
      run.withUnsafeBufferPointer { imid_draw_cells(Int32(y), Int32(runStart), $0.baseAddress, Int32($0.count / 2), Int32(runStyle.rawValue)) }
      run.removeAll(keepingCapacity: true)
    }
    var x = 0
    var old = before?.startIndex ?? 0
    for cell in row {
      defer {
        x += 1
        old += 1
      }
      if let before, before[old] == cell {
        flush()
        continue
      }
      if cell.isContinuation { continue }
      if run.isEmpty || cell.style != runStyle || run.count == 2 * Int(IMID_DRAW_LIMIT) {
        flush()
        runStart = x
        runStyle = cell.style
      }
      let packed = cell.packedScalars
      run.append(packed.low)
      run.append(packed.high)
    }
    flush()
  }
}
