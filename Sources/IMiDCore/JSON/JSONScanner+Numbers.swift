/// Numbers: RFC 8259's grammar (no leading zeros, no bare '.', digits in the exponent), and
/// only values a `Double` holds as a finite number.
extension JSONScanner {
  /// Checks the number at `position` and moves past it, building nothing.
  mutating func skipNumber() throws(JSONSyntaxError) {
    let start = position
    // Without an exponent, fewer than 300 integer digits is always finite: no conversion.
    guard try scanNumber().mayOverflow else { return }
    position = start
    _ = try parseNumber()
  }

  /// Parses the number at `position`, keeping its text as written; it must be finite.
  mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = position
    let isInteger = try scanNumber().isInteger
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      position = start
      throw error("number out of range")
    }
    return .number(value, isInteger: isInteger, literal: text)
  }

  /// Moves past the number's grammar: whether it is written as an integer, and whether it
  /// may be too large for a `Double` (it has an exponent or 300 integer digits or more).
  private mutating func scanNumber() throws(JSONSyntaxError) -> (isInteger: Bool, mayOverflow: Bool) {
    if peek(UInt8(ascii: "-")) { position += 1 }
    let integerStart = position
    guard skipDigits() else { throw error("invalid number: expected a digit") }
    if bytes[integerStart] == UInt8(ascii: "0"), position > integerStart + 1 {
      position = integerStart + 1
      throw error("invalid number: leading zero")
    }
    let integerDigits = position - integerStart
    let hasFraction = peek(UInt8(ascii: "."))
    if hasFraction {
      position += 1
      guard skipDigits() else { throw error("invalid number: expected a digit after '.'") }
    }
    let hasExponent = peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E"))
    if hasExponent {
      position += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
      guard skipDigits() else { throw error("invalid number: expected a digit in the exponent") }
    }
    return (!hasFraction && !hasExponent, hasExponent || integerDigits >= 300)
  }

  /// Steps over digits, returning whether there was one.
  private mutating func skipDigits() -> Bool {
    let start = position
    while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
      position += 1
    }
    return position > start
  }
}
