import CCurses
import Glibc
import IMiDCore

/// Paints the model's cell grid, row by row: the cells that changed since the last frame (all
/// of them after a resize). The C shim sends them to the terminal itself, with terminfo's
/// strings, or, where it cannot (`imid_start`), hands them to curses to send.
struct CursesPainter {
  private var previous: Grid?

  /// Draws `grid`; after a resize everything is repainted.
  mutating func paint(_ grid: Grid) {
    let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
    // A repaint starts from a cleared screen: a row is then drawn as if it had been all blank.
    let cleared = full && imid_clear() == 1
    let blankRow = cleared ? Grid(width: grid.width, height: 1).row(0) : nil
    // The cells of one run, two integers each (see `imid_draw_cells`), reused row after row.
    var run: [UInt64] = []
    run.reserveCapacity(2 * min(grid.width, Int(IMID_DRAW_LIMIT)))
    for y in 0..<grid.height {
      let row = grid.row(y)
      let before = full ? blankRow : previous?.row(y)
      if let before, Self.same(row, before) { continue }
      paintRow(row, y: y, since: before, run: &run)
    }
    imid_flush()
    previous = grid
  }

  /// Whether two rows are the same: compared as memory, a cell being two integers with no
  /// padding (`GridTests` pins that), which is most of a frame's comparison.
  private static func same(_ row: ArraySlice<Cell>, _ before: ArraySlice<Cell>) -> Bool {
    guard row.count == before.count else { return false }
    return row.withUnsafeBytes { now in
      before.withUnsafeBytes { old in
        guard let a = now.baseAddress, let b = old.baseAddress else { return true }
        return memcmp(a, b, now.count) == 0
      }
    }
  }

  /// Forgets the last frame, so the next paint repaints everything.
  mutating func invalidate() { previous = nil }

  /// Draws one row as runs of equally styled cells: every cell, or (given the row as it was)
  /// the cells that changed. A run goes on over a few unchanged cells of its style
  /// (`bridgedGap`) when changed ones follow: sending them again costs less than moving the
  /// cursor past them. A grapheme goes as one cell (its scalars packed as `Cell` keeps them);
  /// the right half of a wide character is skipped (the wide character covers it).
  private func paintRow(_ row: ArraySlice<Cell>, y: Int, since before: ArraySlice<Cell>?, run: inout [UInt64]) {
    row.withUnsafeBufferPointer { cells in
      guard let before else { return paintRow(cells, y: y, since: nil, run: &run) }
      before.withUnsafeBufferPointer { paintRow(cells, y: y, since: $0, run: &run) }
    }
  }

  private func paintRow(
    _ row: UnsafeBufferPointer<Cell>, y: Int, since before: UnsafeBufferPointer<Cell>?, run: inout [UInt64]
  ) {
    func changed(_ x: Int) -> Bool {
      guard let before else { return true }
      return before[x] != row[x]
    }
    var x = 0
    while x < row.count {
      guard changed(x), !row[x].isContinuation else {
        x += 1
        continue
      }
      let start = x
      let style = row[x].style
      var end = x + 1  // past the last changed cell of the run
      var next = end
      while next < row.count, next - start < Int(IMID_DRAW_LIMIT), row[next].style == style,
        next - end < Self.bridgedGap
      {
        if changed(next) { end = next + 1 }
        next += 1
      }
      // A long stretch of blanks is erased rather than written out (`imid_draw_blanks`).
      func isBlank(_ cell: Cell) -> Bool { cell.packedScalars == (0x20, 0) }
      var piece = start
      var blank = start
      while blank < end {
        guard isBlank(row[blank]) else {
          blank += 1
          continue
        }
        var past = blank + 1
        while past < end, isBlank(row[past]) { past += 1 }
        if past - blank >= Self.erasedBlanks {
          draw(UnsafeBufferPointer(rebasing: row[piece..<blank]), y: y, x: piece, style: style, run: &run)
          imid_draw_blanks(Int32(y), Int32(blank), Int32(past - blank), Int32(style.rawValue))
          piece = past
        }
        blank = past
      }
      draw(UnsafeBufferPointer(rebasing: row[piece..<end]), y: y, x: piece, style: style, run: &run)
      x = end
    }
  }

  /// Draws `cells`, all in `style`, from column `x` of row `y`.
  private func draw(_ cells: UnsafeBufferPointer<Cell>, y: Int, x: Int, style: CellStyle, run: inout [UInt64]) {
    guard !cells.isEmpty else { return }
    run.removeAll(keepingCapacity: true)
    for cell in cells where !cell.isContinuation {
      let packed = cell.packedScalars
      run.append(packed.low)
      run.append(packed.high)
    }
    run.withUnsafeBufferPointer {
      imid_draw_cells(Int32(y), Int32(x), $0.baseAddress, Int32($0.count / 2), Int32(style.rawValue))
    }
  }

  /// The fewest blanks in a row that are erased rather than written (erasing them and moving
  /// past costs about twelve bytes).
  static let erasedBlanks = 12

  /// The most unchanged cells a run carries over to reach the next changed one (a cursor move
  /// is about eight bytes).
  static let bridgedGap = 8
}
