/// A screen's worth of styled cells. Widgets draw into it; the terminal front end paints it,
/// and tests compare its `lines` with golden text. Drawing outside the grid is clipped.
public struct Grid: Sendable, Equatable {
  /// Width in cells.
  public let width: Int
  /// Height in rows.
  public let height: Int
  /// Cells, row by row.
  public private(set) var cells: [Cell]

  /// A blank grid (sizes below zero become zero).
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at a position, or a blank one outside the grid.
  public subscript(x: Int, y: Int) -> Cell {
    guard x >= 0, y >= 0, x < width, y < height else { return .blank }
    return cells[y * width + x]
  }

  /// The grid in plain ASCII, cell for cell: the renderers' one-cell glyphs (frames, `—`, `†`,
  /// `●`, `✓`, bars) swapped by `ASCIIText.glyphs`, and the right half of a wide character (which
  /// a non-UTF-8 terminal cannot draw) as `?` and a space, so columns stay aligned.
  public func ascii() -> Grid {
    var copy = self
    for index in copy.cells.indices {
      let cell = copy.cells[index]
      guard !cell.isContinuation, !cell.isASCII else {
        if cell.isContinuation { copy.cells[index].text = " " }
        continue
      }
      copy.cells[index].text = ASCIIText.glyphs(cell.text)
    }
    return copy
  }

  /// Sets one cell, clipped to the grid.
  public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    cells[y * width + x] = cell
  }

  /// Writes `text` at (x, y), at most `limit` cells wide (and never past the grid's edge),
  /// sanitizing it and measuring it in cells. A wide character that would not fit entirely is
  /// replaced by a space. Returns the number of cells written.
  @discardableResult
  public mutating func write(_ text: String, x: Int, y: Int, style: CellStyle = .normal, limit: Int = .max) -> Int {
    guard y >= 0, y < height, x < width else { return 0 }
    let end = min(width, limit == .max ? width : x + max(0, limit))
    if let written = writeSingleCells(text, x: x, y: y, end: end, style: style) { return written }
    var column = x
    for character in TextSafety.sanitized(text) {
      let w = TextWidth.cells(of: character)
      if w == 0 {
        // A lone zero-width character has nowhere to go; combining marks are part of their cluster.
        continue
      }
      if column + w > end {
        if column < end { set(column, y, Cell(" ", style: style)) }
        return column - x
      }
      if column >= 0 {
        set(column, y, Cell(character, style: style))
        if w == 2 { set(column + 1, y, Cell("", style: style)) }
      }
      column += w
    }
    return column - x
  }

  /// `write` for text whose every scalar is a one-cell grapheme of its own (`TextWidth.isSingleCell`:
  /// printable ASCII, Latin-1 and Greek letters, punctuation, arrows, box drawing; nearly all
  /// that is shown): a scalar a cell, with no grapheme breaking and nothing to sanitize, and a
  /// byte a cell for ASCII. Nil, with nothing written, when the text has any other scalar.
  private mutating func writeSingleCells(_ text: String, x: Int, y: Int, end: Int, style: CellStyle) -> Int? {
    let row = y * width
    if let written = text.utf8.withContiguousStorageIfAvailable({ bytes -> Int? in
      guard TextSafety.isPrintableASCII(bytes) else { return nil }
      let stop = min(end, x + bytes.count)
      guard stop > x else { return 0 }
      cells.withUnsafeMutableBufferPointer { cells in
        for column in max(0, x)..<max(0, stop) { cells[row + column] = Cell(ascii: bytes[column - x], style: style) }
      }
      return stop - x
    }) ?? nil {
      return written
    }
    let scalars = text.unicodeScalars
    var count = 0
    for scalar in scalars {
      guard TextWidth.isSingleCell(scalar) else { return nil }
      count += 1
    }
    let stop = min(end, x + count)
    guard stop > x else { return 0 }
    cells.withUnsafeMutableBufferPointer { cells in
      var column = x
      for scalar in scalars {
        guard column < stop else { break }
        if column >= 0 { cells[row + column] = Cell(scalar: scalar, style: style) }
        column += 1
      }
    }
    return stop - x
  }

  /// Fills a rectangle with one cell.
  public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
    let (left, right) = (max(0, rect.x), min(width, rect.x + rect.width))
    let (top, bottom) = (max(0, rect.y), min(height, rect.y + rect.height))
    guard left < right, top < bottom else { return }
    let (columns, rows, width) = (left..<right, top..<bottom, self.width)
    cells.withUnsafeMutableBufferPointer { cells in
      for row in rows {
        for column in columns { cells[row * width + column] = cell }
      }
    }
  }

  /// The rows as plain text, trailing spaces removed: what a person reads, and what golden tests compare.
  public var lines: [String] {
    (0..<height).map { row in
      var line = ""
      for column in 0..<width { line.unicodeScalars.append(contentsOf: cells[row * width + column].scalars) }
      return TextLines.trimTrailingSpaces(line)
    }
  }

  /// One row's cells.
  public func row(_ y: Int) -> ArraySlice<Cell> {
    guard y >= 0, y < height else { return [] }
    return cells[(y * width)..<((y + 1) * width)]
  }
}
