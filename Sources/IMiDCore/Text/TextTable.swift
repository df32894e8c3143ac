/// A table laid out in terminal cells to fit a width: columns shrink (widest first) when the
/// table is too wide, and cells wrap inside their column (or are cut with `…`) instead of
/// overflowing into the next one.
public struct TextTable: Sendable {
  /// One column's header and layout rules.
  public struct Column: Sendable {
    /// Header text.
    public var header: String
    /// Narrowest the column may shrink to.
    public var minWidth: Int
    /// Whether long cells wrap onto more lines (true) or are cut with `…` (false).
    public var wraps: Bool
    /// Widest the column may be when the table has to shrink (names wrap rather than starve
    /// the column of prose next to them).
    public var maxWidth: Int

    /// Creates a column.
    public init(_ header: String, minWidth: Int = 4, maxWidth: Int = .max, wraps: Bool = true) {
      self.header = header
      self.minWidth = minWidth
      self.maxWidth = maxWidth
      self.wraps = wraps
    }
  }

  /// The columns.
  public var columns: [Column]
  /// The rows; a row shorter than the columns is padded with empty cells.
  public var rows: [[String]]
  /// Text between two columns.
  public var separator = "  "
  /// Character of the rule under the header.
  public var rule: Character = "─"

  /// Creates a table.
  public init(columns: [Column], rows: [[String]]) {
    self.columns = columns
    self.rows = rows
  }

  /// Column widths that fit `width` cells (each at least 1).
  public func widths(fitting width: Int) -> [Int] {
    guard !columns.isEmpty else { return [] }
    var natural = columns.map { TextWidth.cells(of: $0.header) }
    for row in rows { Self.widen(&natural, for: row) }
    return widths(natural: natural, fitting: width)
  }

  /// Widens `natural` (one width per column, in cells) to hold `row`: for measuring rows one at
  /// a time, without keeping them (`widths(natural:fitting:)` then fits the table).
  public static func widen(_ natural: inout [Int], for row: [String]) {
    for (index, cell) in row.prefix(natural.count).enumerated() {
      natural[index] = max(natural[index], TextWidth.cells(of: cell))
    }
  }

  /// The columns' own widths before any row: their headers'.
  public var headerWidths: [Int] { columns.map { TextWidth.cells(of: $0.header) } }

  /// Column widths that fit `width` cells, from each column's natural width (its widest cell).
  public func widths(natural: [Int], fitting width: Int) -> [Int] {
    guard !columns.isEmpty else { return [] }
    let available = max(columns.count, width - TextWidth.cells(of: separator) * (columns.count - 1))
    var widths = natural.map { max(1, $0) }
    var excess = widths.reduce(0, +) - available
    // Too wide: first bring capped columns down to their caps, then shrink the widest.
    if excess > 0 {
      for index in widths.indices where widths[index] > columns[index].maxWidth && excess > 0 {
        let cut = min(excess, widths[index] - max(columns[index].maxWidth, columns[index].minWidth))
        widths[index] -= cut
        excess -= cut
      }
    }
    // Shrink the widest column above its minimum, one cell at a time; then below the minimums.
    for floor in [columns.map { $0.minWidth }, Array(repeating: 1, count: columns.count)] where excess > 0 {
      while excess > 0 {
        var widest = -1
        for index in widths.indices where widths[index] > floor[index] {
          if widest < 0 || widths[index] > widths[widest] { widest = index }
        }
        if widest < 0 { break }
        widths[widest] -= 1
        excess -= 1
      }
    }
    return widths
  }

  /// The table as lines of at most `width` cells, without trailing spaces.
  public func render(width: Int) -> [String] {
    guard width > 0, !columns.isEmpty else { return [] }
    let widths = self.widths(fitting: width)
    var lines = head(widths: widths, width: width)
    for row in rows { lines.append(contentsOf: renderRow(row, widths: widths, width: width)) }
    return lines
  }

  /// The header and the rule under it, for columns `widths` wide.
  public func head(widths: [Int], width: Int) -> [String] {
    guard width > 0, !columns.isEmpty else { return [] }
    var lines = renderRow(columns.map(\.header), widths: widths, width: width)
    let ruleLine = widths.map { String(repeating: rule, count: $0) }.joined(separator: separator)
    lines.append(TextWidth.truncate(ruleLine, to: width))
    return lines
  }

  /// One row's lines for columns `widths` wide (a row wraps onto several): `render` row by row,
  /// for a table too long to hold its rows and lines at once.
  public func lines(ofRow row: [String], widths: [Int], width: Int) -> [String] {
    guard width > 0, !columns.isEmpty else { return [] }
    return renderRow(row, widths: widths, width: width)
  }

  private func renderRow(_ row: [String], widths: [Int], width: Int) -> [String] {
    if let cells = fittingCells(row, widths: widths) {
      return lines(height: 1, widths: widths, width: width) { column, _ in cells[column] }
    }
    var cellLines: [[String]] = []
    for (index, column) in columns.enumerated() {
      let cell = index < row.count ? TextSafety.sanitized(row[index]) : ""
      if column.wraps {
        cellLines.append(TextWrap.lines(cell, width: widths[index]))
      } else {
        cellLines.append([TextWidth.truncate(cell, to: widths[index])])
      }
    }
    // A closure, not `\.count`: the key path was built again and read through for every row.
    let height = cellLines.isEmpty ? 1 : cellLines.reduce(0) { max($0, $1.count) }
    return lines(height: height, widths: widths, width: width) { column, line in
      line < cellLines[column].count ? cellLines[column][line] : ""
    }
  }

  /// The row's cells, sanitized, when every one fits its column as it is (most rows of a long
  /// table): then each is its own one line, which wrapping would only split at its spaces and
  /// join again. Printable ASCII needs no escaping and is measured a cell a byte.
  private func fittingCells(_ row: [String], widths: [Int]) -> [String]? {
    var cells: [String] = []
    cells.reserveCapacity(columns.count)
    for (index, column) in columns.enumerated() {
      let raw = index < row.count ? row[index] : ""
      let plain = TextSafety.isPrintableASCII(raw)
      let cell = plain ? raw : TextSafety.sanitized(raw)
      guard (plain ? raw.utf8.count : TextWidth.cells(of: cell)) <= widths[index],
        !column.wraps || cell.isEmpty || TextWrap.hasSingleInnerSpacesOnly(cell)
      else { return nil }
      cells.append(cell)
    }
    return cells
  }

  /// `height` lines of the columns' `text(column, line)`, each padded to its column and joined
  /// by the separator, put together as bytes (a row of a 100,000-drug export took 5 µs as
  /// strings); cut to `width` (which a laid-out row rarely needs) and without trailing spaces.
  private func lines(height: Int, widths: [Int], width: Int, _ text: (Int, Int) -> String) -> [String] {
    let separatorCells = TextWidth.cells(of: separator)
    var lines: [String] = []
    for lineIndex in 0..<height {
      var line: [UInt8] = []
      line.reserveCapacity(2 * width)
      var used = 0
      for index in columns.indices {
        let text = text(index, lineIndex)
        let cells = TextWidth.cells(of: text)
        if index > 0 {
          line += separator.utf8
          used += separatorCells
        }
        line += text.utf8
        line += repeatElement(UInt8(ascii: " "), count: max(0, widths[index] - cells))
        used += max(cells, widths[index])
      }
      if used > width {
        lines.append(TextLines.trimTrailingSpaces(TextWidth.truncate(String(decoding: line, as: UTF8.self), to: width)))
      } else {
        while line.last == UInt8(ascii: " ") { line.removeLast() }
        lines.append(String(decoding: line, as: UTF8.self))
      }
    }
    return lines
  }
}
