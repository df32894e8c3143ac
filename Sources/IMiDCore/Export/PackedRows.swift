/// Table rows kept as bytes between the pass that measures a long table and the pass that lays
/// it out, so that each entry is decoded and its cells built once.
///
/// A 100,000-drug list held whole, rows and lines, took some 70 MB; its cells as bytes, with
/// where each ends, take about 7. Reading a row back builds its strings again, which costs far
/// less than decoding the entry from the catalogue's JSON a second time.
struct PackedRows: Sendable {
  /// Every cell's UTF-8, row after row.
  private var bytes: [UInt8] = []
  /// Where each cell ends in `bytes`, row after row, `columns` to a row.
  private var ends: [UInt32] = []
  /// The cells in a row.
  let columns: Int

  /// No rows yet, of `columns` cells each.
  init(columns: Int) {
    self.columns = columns
  }

  /// How many rows are kept.
  var count: Int { columns == 0 ? 0 : ends.count / columns }

  /// Keeps `row`'s first `columns` cells (empty ones past its end).
  mutating func append(_ row: [String]) {
    for column in 0..<columns {
      if column < row.count { bytes.append(contentsOf: row[column].utf8) }
      ends.append(UInt32(bytes.count))
    }
  }

  /// The cells of row `index`, as they were appended.
  func row(_ index: Int) -> [String] {
    let first = index * columns
    var start = first == 0 ? 0 : Int(ends[first - 1])
    return bytes.withUnsafeBufferPointer { bytes in
      (first..<first + columns).map { cell in
        let end = Int(ends[cell])
        defer { start = end }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
      }
    }
  }
}
