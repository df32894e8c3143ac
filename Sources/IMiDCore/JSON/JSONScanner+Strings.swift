/// Strings: raw control characters, escapes (surrogates paired), UTF-8 validity (Unicode
/// Table 3-7) and the length limit, counted in UTF-8 bytes after unescaping. Problems are
/// reported in one order: a bad escape, a raw control character, a missing end or too many
/// bytes as the scan meets them; invalid UTF-8 only once the string is otherwise whole.
extension JSONScanner {
  /// Parses the string whose opening quote is at `position`.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    let contents = position + 1
    guard try skipString() else {
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[contents..<(position - 1)]), as: UTF8.self)
    }
    // A second pass over the checked string decodes its escapes.
    var scanner = JSONScanner(bytes: bytes, limits: limits, position: contents)
    var unescaped: [UInt8] = []
    while scanner.position < position - 1 {
      let byte = bytes[scanner.position]
      scanner.position += 1
      if byte == UInt8(ascii: "\\") {
        unescaped.append(contentsOf: try scanner.unescape().utf8)
      } else {
        unescaped.append(byte)
      }
    }
    return String(decoding: unescaped, as: UTF8.self)
  }

  /// Checks the string whose opening quote is at `position`, building nothing, and moves past
  /// its closing quote. Returns whether it has escapes.
  @discardableResult
  mutating func skipString() throws(JSONSyntaxError) -> Bool {
    let open = position
    var checksUTF8 = !validated
    var firstInvalidUTF8: Int?
    /// The length of the character at `index`, not an escape: a byte, or a UTF-8 sequence while
    /// they are checked (the first invalid one is noted, and then no more are checked).
    func plainLength(at index: Int) -> Int {
      guard bytes[index] >= 0x80, checksUTF8 else { return 1 }
      if let length = utf8SequenceLength(at: index) { return length }
      firstInvalidUTF8 = index
      checksUTF8 = false
      return 1
    }
    // Fast path: up to the closing quote, or to the first escape or control character. The
    // first sixteen bytes a byte at a time (most strings are short: keys, ids), then runs of
    // plain ASCII eight bytes at a time (titles, summaries).
    var index = open + 1
    let shortEnd = min(bytes.count, index + 16)
    while index < shortEnd, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"),
      bytes[index] >= 0x20
    {
      index += plainLength(at: index)
    }
    scan: while index >= shortEnd {
      index = PlainStringBytes.endOfWords(bytes, from: index)
      let wordEnd = index + 8
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break scan }
        index += plainLength(at: index)
        if index >= wordEnd { continue scan }
      }
      break
    }
    // Off the fast path, a string that does not fail has an escape.
    let escaped = index == bytes.count || bytes[index] != UInt8(ascii: "\"")
    if !escaped {
      position = open + 1
      if index - position > limits.maxStringBytes { throw stringTooLong() }
      position = index + 1
    } else {
      // Slow path: escapes, counting the bytes the string will have unescaped.
      var length = index - open - 1
      position = index
      while true {
        guard position < bytes.count else {
          position = open
          throw error("unterminated string")
        }
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") {
          position += 1
          break
        }
        if byte == 0x0A || byte == 0x0D { throw error("string not closed before the end of the line") }
        if byte < 0x20 {
          throw error("control character U+\(hex(UInt32(byte), digits: 4)) inside a string (escape it or remove it)")
        }
        let count: Int
        if byte == UInt8(ascii: "\\") {
          position += 1
          guard position < bytes.count else { continue }
          count = try unescape().utf8.count
        } else {
          count = plainLength(at: position)
          position += count
        }
        length += count
        if length > limits.maxStringBytes { throw stringTooLong() }
      }
    }
    if let firstInvalidUTF8 {
      position = firstInvalidUTF8
      throw error("invalid UTF-8 in a string")
    }
    return escaped
  }

  /// After a backslash: the character the escape stands for.
  private mutating func unescape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let escape = bytes[position]
    position += 1
    switch escape {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(escape)
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"): return try unicodeEscape()
    default:
      position -= 1
      throw error("invalid escape '\\\(describeByte(escape))' in a string")
    }
  }

  /// After `\u`: the scalar of the escape, or of the surrogate pair it starts.
  private mutating func unicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let high = try hex4()
    var value = high
    if (0xD800...0xDBFF).contains(high), position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
      bytes[position + 1] == UInt8(ascii: "u")
    {
      position += 2
      let low = try hex4()
      if (0xDC00...0xDFFF).contains(low) { value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00) }
    }
    // A surrogate left unpaired is no scalar.
    guard let scalar = Unicode.Scalar(value) else {
      throw error("unpaired surrogate \\u\(hex(high, digits: 4)) in a string")
    }
    return scalar
  }

  /// After `\u`: the value of its four hex digits.
  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      // Only ASCII 0-9, a-f and A-F are hex digits among the scalars a byte can be.
      guard position < bytes.count, let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue else {
        throw error("invalid \\u escape: expected 4 hex digits")
      }
      value = value << 4 | UInt32(digit)
      position += 1
    }
    return value
  }

  /// The length of the well-formed UTF-8 sequence whose lead byte (0x80 or above) is at
  /// `index`, or nil: Unicode Table 3-7, so no overlong forms, no surrogates, nothing above
  /// U+10FFFF, no stray continuation bytes and no sequence cut short.
  private func utf8SequenceLength(at index: Int) -> Int? {
    func continues(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      index + offset < bytes.count && range.contains(bytes[index + offset])
    }
    switch bytes[index] {
    case 0xC2...0xDF: return continues(1) ? 2 : nil
    case 0xE0: return continues(1, 0xA0...0xBF) && continues(2) ? 3 : nil
    case 0xE1...0xEC, 0xEE...0xEF: return continues(1) && continues(2) ? 3 : nil
    case 0xED: return continues(1, 0x80...0x9F) && continues(2) ? 3 : nil
    case 0xF0: return continues(1, 0x90...0xBF) && continues(2) && continues(3) ? 4 : nil
    case 0xF1...0xF3: return continues(1) && continues(2) && continues(3) ? 4 : nil
    case 0xF4: return continues(1, 0x80...0x8F) && continues(2) && continues(3) ? 4 : nil
    default: return nil
    }
  }

  private func stringTooLong() -> JSONSyntaxError {
    error("string longer than the limit of \(limits.maxStringBytes) bytes")
  }
}
