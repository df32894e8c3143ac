/// The bytes of a JSON string that need no second look: printable ASCII (U+0020 to U+007E)
/// other than the quote and the backslash. `JSONScanner` and `EntryReader` step over a run of
/// them eight bytes at a time, and look at everything else a byte at a time as before; in a
/// catalogue most string bytes are such runs, and stepping over them a byte at a time was the
/// largest single cost of checking one.
enum PlainStringBytes {
  /// Where the run of whole 8-byte words of plain bytes that starts at `start` ends (`start`
  /// itself when the next eight bytes are not all plain, or fewer than eight are left).
  @inline(__always)
  static func endOfWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    var end = start
    while end + 8 <= bytes.count, isPlain(UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)) { end += 8 }
    return end
  }

  /// Whether all eight bytes of `word` are plain: printable ASCII (`TextSafety`'s test), and
  /// then, every byte being below 0x80, a byte XORed with the quote or the backslash is zero
  /// (so stays below 0x80 when 0x7F is added, with no carry into the next byte) exactly where
  /// it was one.
  @inline(__always)
  static func isPlain(_ word: UInt64) -> Bool {
    guard TextSafety.isPrintableASCII(word) else { return false }
    let high: UInt64 = 0x8080_8080_8080_8080
    let ones: UInt64 = 0x0101_0101_0101_0101
    let notQuote = (word ^ (ones &* 0x22)) &+ ones &* 0x7F
    let notBackslash = (word ^ (ones &* 0x5C)) &+ ones &* 0x7F
    return notQuote & notBackslash & high == high
  }
}
