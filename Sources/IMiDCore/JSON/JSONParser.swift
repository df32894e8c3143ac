/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Written by hand (rather than Foundation's) for three reasons: errors carry a line and a
/// column, the limits in `JSONLimits` are enforced while parsing (so a deeply nested or enormous
/// file fails early instead of overflowing the stack), and it is fast on large catalogues.
public struct JSONParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let limits: JSONLimits
  var position = 0
  var depth = 0
  /// Set when `JSONValidator` already checked these bytes: strings skip UTF-8 validation.
  var validated = false

  init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
    self.bytes = bytes
    self.limits = limits
  }

  /// Parses one JSON document (a UTF-8 byte order mark at the start is allowed).
  /// - Throws: `JSONSyntaxError` locating the first problem.
  public static func parse(_ data: [UInt8], limits: JSONLimits = .catalog) throws(JSONSyntaxError) -> JSONValue {
    if data.count > limits.maxBytes {
      throw JSONSyntaxError(
        line: 1, column: 1,
        message: "file is \(data.count) bytes, over the limit of \(limits.maxBytes)")
    }
    let result: Result<JSONValue, JSONSyntaxError> = data.withUnsafeBufferPointer { buffer in
      var parser = JSONParser(bytes: buffer, limits: limits)
      return Result { () throws(JSONSyntaxError) -> JSONValue in try parser.parseDocument() }
    }
    return try result.get()
  }

  // MARK: - Grammar

  private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    skipWhitespace()
    if position == bytes.count { throw error("the file is empty: expected a JSON object") }
    let value = try parseValue()
    skipWhitespace()
    if position < bytes.count { throw error("unexpected \(describeCurrent()) after the end of the JSON value") }
    return value
  }

  mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    guard position < bytes.count else { throw error("unexpected end of file: expected a value") }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
    case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
    case UInt8(ascii: "n"): try expectLiteral("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw error("unexpected \(describeCurrent()): expected a value")
    }
  }

  mutating func enter() throws(JSONSyntaxError) {
    depth += 1
    if depth > limits.maxDepth { throw error("nesting deeper than the limit of \(limits.maxDepth)") }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    position += 1  // {
    var members: [JSONMember] = []
    skipWhitespace()
    if peek(UInt8(ascii: "}")) {
      position += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard peek(UInt8(ascii: "\"")) else {
        throw error(position < bytes.count
          ? "unexpected \(describeCurrent()): expected a string key" : "unexpected end of file: expected a string key")
      }
      let key = try parseString()
      skipWhitespace()
      guard peek(UInt8(ascii: ":")) else { throw error("expected ':' after the key \"\(key)\"") }
      position += 1
      skipWhitespace()
      let value = try parseValue()
      members.append(JSONMember(key, value))
      if members.count > limits.maxElements {
        throw error("object has more than \(limits.maxElements) members")
      }
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        position += 1
        continue
      }
      if peek(UInt8(ascii: "}")) {
        position += 1
        depth -= 1
        return .object(members)
      }
      throw error(position < bytes.count
        ? "expected ',' or '}' after an object member, found \(describeCurrent())"
        : "unexpected end of file: expected ',' or '}'")
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enter()
    position += 1  // [
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek(UInt8(ascii: "]")) {
      position += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      if elements.count > limits.maxElements {
        throw error("array has more than \(limits.maxElements) elements")
      }
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        position += 1
        continue
      }
      if peek(UInt8(ascii: "]")) {
        position += 1
        depth -= 1
        return .array(elements)
      }
      throw error(position < bytes.count
        ? "expected ',' or ']' after an array element, found \(describeCurrent())"
        : "unexpected end of file: expected ',' or ']'")
    }
  }

  mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
    let start = position
    let count = literal.utf8CodeUnitCount
    let matches = literal.withUTF8Buffer { expected in
      guard start + count <= bytes.count else { return false }
      for offset in 0..<count where bytes[start + offset] != expected[offset] { return false }
      return true
    }
    guard matches else { throw error("unexpected \(describeCurrent()): expected a value") }
    position += count
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = position
    var isInteger = true
    if peek(UInt8(ascii: "-")) { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else { throw error("invalid number: expected a digit") }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if position < bytes.count, isDigit(bytes[position]) { throw error("invalid number: leading zero") }
    } else {
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    if peek(UInt8(ascii: ".")) {
      isInteger = false
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error("invalid number: expected a digit after '.'")
      }
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      isInteger = false
      position += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
      guard position < bytes.count, isDigit(bytes[position]) else {
        throw error("invalid number: expected a digit in the exponent")
      }
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      position = start
      throw error("number out of range")
    }
    return .number(value, isInteger: isInteger, literal: text)
  }

  /// Parses a string starting at its opening quote. Raw control characters are invalid JSON;
  /// escaped ones are kept here and rejected later by validation, which can name the field.
  mutating func parseString() throws(JSONSyntaxError) -> String {
    let open = position
    position += 1
    // Fast path: no escapes.
    var scan = position
    while scan < bytes.count {
      let byte = bytes[scan]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
      scan += 1
    }
    if scan < bytes.count, bytes[scan] == UInt8(ascii: "\"") {
      if scan - position > limits.maxStringBytes { throw stringTooLong() }
      let slice = UnsafeBufferPointer(rebasing: bytes[position..<scan])
      if validated {
        position = scan + 1
        return String(decoding: slice, as: UTF8.self)
      }
      guard let string = String(validating: slice, as: UTF8.self) else {
        position = firstInvalidUTF8(in: position..<scan)
        throw error("invalid UTF-8 in a string")
      }
      position = scan + 1
      return string
    }
    // Slow path: unescape into a byte buffer.
    var utf8: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[position..<scan]))
    position = scan
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
      if byte == 0x0A || byte == 0x0D {
        throw error("string not closed before the end of the line")
      }
      if byte < 0x20 {
        throw error("control character U+\(hex(UInt32(byte), digits: 4)) inside a string (escape it or remove it)")
      }
      if byte == UInt8(ascii: "\\") {
        position += 1
        guard position < bytes.count else { continue }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""): utf8.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): utf8.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): utf8.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
          let scalar = try parseUnicodeEscape()
          utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
          position -= 1
          throw error("invalid escape '\\\(describeByte(escape))' in a string")
        }
      } else {
        utf8.append(byte)
        position += 1
      }
      if utf8.count > limits.maxStringBytes { throw stringTooLong() }
    }
    guard let string = String(validating: utf8, as: UTF8.self) else {
      position = firstInvalidUTF8(in: (open + 1)..<(position - 1))
      throw error("invalid UTF-8 in a string")
    }
    return string
  }

  mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    let high = try parseHex4()
    if (0xD800...0xDBFF).contains(high) {
      guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
        throw error("unpaired surrogate \\u\(hex(high, digits: 4)) in a string")
      }
      position += 2
      let low = try parseHex4()
      guard (0xDC00...0xDFFF).contains(low) else {
        throw error("unpaired surrogate \\u\(hex(high, digits: 4)) in a string")
      }
      let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      guard let scalar = Unicode.Scalar(combined) else { throw error("invalid \\u escape") }
      return scalar
    }
    guard let scalar = Unicode.Scalar(high) else {
      throw error("unpaired surrogate \\u\(hex(high, digits: 4)) in a string")
    }
    return scalar
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count, let digit = hexValue(bytes[position]) else {
        throw error("invalid \\u escape: expected 4 hex digits")
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  private func stringTooLong() -> JSONSyntaxError {
    error("string longer than the limit of \(limits.maxStringBytes) bytes")
  }

  // MARK: - Bytes

  mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

  func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  private func firstInvalidUTF8(in range: Range<Int>) -> Int {
    var index = range.lowerBound
    while index < range.upperBound {
      let lead = bytes[index]
      let length: Int
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: return index
      }
      guard index + length <= range.upperBound else { return index }
      let slice = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)])
      if String(validating: slice, as: UTF8.self) == nil { return index }
      index += length
    }
    return range.lowerBound
  }

  /// Describes the byte at the current position for a message: `'x'`, or `byte 0xNN`.
  private func describeCurrent() -> String {
    guard position < bytes.count else { return "end of file" }
    return describeByte(bytes[position]).count == 1 ? "'\(describeByte(bytes[position]))'" : describeByte(bytes[position])
  }

  private func describeByte(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return String(UnicodeScalar(byte)) }
    return "byte 0x\(hex(UInt32(byte), digits: 2))"
  }

  private func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  /// An error at the current position, with its line and column computed from the bytes before it.
  private func error(_ message: String) -> JSONSyntaxError {
    let end = min(position, bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<end where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    // Column in Unicode scalars: count bytes that are not UTF-8 continuation bytes.
    var column = 1
    for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 { column += 1 }
    return JSONSyntaxError(line: line, column: column, message: message)
  }
}
