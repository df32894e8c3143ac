/// The one implementation of JSON syntax (RFC 8259) in imid: a cursor over UTF-8 bytes that
/// either skips a value (checking it and allocating nothing) or parses it into a `JSONValue`.
///
/// Both ways share every grammar rule and every limit in `JSONLimits`, so they accept exactly
/// the same documents, and every failure is a `JSONSyntaxError` with the line and column of the
/// offending byte. Written by hand rather than with Foundation's `JSONDecoder`, which was
/// measured: it gives no position, accepts trailing commas and duplicate keys, has no size
/// limits, and needs three times the memory on a large catalogue.
struct JSONScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  let limits: JSONLimits
  /// The next byte to read.
  var position = 0
  /// How many arrays and objects enclose `position`.
  var depth = 0
  /// Set when these bytes were already scanned whole: strings skip the UTF-8 check.
  var validated = false

  // MARK: - Documents

  /// Checks the size limit, skips a byte order mark and whitespace, and fails on an empty file:
  /// what comes before a document's value.
  mutating func beginDocument() throws(JSONSyntaxError) {
    if bytes.count > limits.maxBytes { throw error("file is \(bytes.count) bytes, over the limit of \(limits.maxBytes)") }
    skipByteOrderMark()
    skipWhitespace()
    if position == bytes.count { throw error("the file is empty: expected a JSON object") }
  }

  /// Fails unless only whitespace follows the document's value.
  mutating func endDocument() throws(JSONSyntaxError) {
    skipWhitespace()
    if position < bytes.count { throw error("unexpected \(describeCurrent()) after the end of the JSON value") }
  }

  /// Steps over a UTF-8 byte order mark at the start of the bytes.
  mutating func skipByteOrderMark() {
    if position == 0, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
  }

  // MARK: - Values

  /// Checks the value at `position` and moves past it, building nothing.
  mutating func skipValue() throws(JSONSyntaxError) {
    switch position < bytes.count ? bytes[position] : 0 {
    case UInt8(ascii: "{"), UInt8(ascii: "["): try skipContainer()
    case UInt8(ascii: "\""): try skipString()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
    default: throw unexpected(expecting: "a value")
    }
  }

  /// Parses the value at `position` and moves past it.
  mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    switch position < bytes.count ? bytes[position] : 0 {
    case UInt8(ascii: "{"), UInt8(ascii: "["): return try parseContainer()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): try literal("true"); return .bool(true)
    case UInt8(ascii: "f"): try literal("false"); return .bool(false)
    case UInt8(ascii: "n"): try literal("null"); return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw unexpected(expecting: "a value")
    }
  }

  /// The error for the byte at `position` (or the end of the bytes) where `what` must come.
  private func unexpected(expecting what: String) -> JSONSyntaxError {
    error("unexpected \(describeCurrent()): expected \(what)")
  }

  private mutating func literal(_ literal: StaticString) throws(JSONSyntaxError) {
    let end = position + literal.utf8CodeUnitCount
    guard end <= bytes.count, literal.withUTF8Buffer({ $0.elementsEqual(bytes[position..<end]) }) else {
      throw unexpected(expecting: "a value")
    }
    position = end
  }

  // MARK: - Arrays and objects

  /// `forEachElement(from:inObject:_:)` over the object or array at `position`, stepped into.
  @inline(__always)
  mutating func forEachElement(
    _ body: (inout JSONScanner, Int) throws(JSONSyntaxError) -> Bool
  ) throws(JSONSyntaxError) -> Bool {
    let inObject = bytes[position] == UInt8(ascii: "{")
    guard try enterContainer() else { return true }
    return try forEachElement(from: 0, inObject: inObject, body)
  }

  /// The one loop over an array's elements or an object's members, from the `index`th at
  /// `position`: `body` is called at each (at the key, in an object) with its index, then the
  /// element limit is checked and the ',' or closing bracket stepped over. True once past the
  /// bracket; false, left where `body` was, when `body` returns false.
  @inline(__always)
  mutating func forEachElement(
    from index: Int, inObject: Bool, _ body: (inout JSONScanner, Int) throws(JSONSyntaxError) -> Bool
  ) throws(JSONSyntaxError) -> Bool {
    var index = index
    repeat {
      skipWhitespace()
      guard try body(&self, index) else { return false }
      index += 1
    } while try nextElement(count: index, inObject: inObject)
    return true
  }

  /// Skips an object or an array: the loop of `parseContainer`, keeping nothing.
  private mutating func skipContainer() throws(JSONSyntaxError) {
    let isObject = bytes[position] == UInt8(ascii: "{")
    _ = try forEachElement { scanner, _ throws(JSONSyntaxError) in
      if isObject { try scanner.key(parsing: false) }
      try scanner.skipValue()
      return true
    }
  }

  /// Parses an object or an array.
  private mutating func parseContainer() throws(JSONSyntaxError) -> JSONValue {
    let isObject = bytes[position] == UInt8(ascii: "{")
    var members: [JSONMember] = []
    var elements: [JSONValue] = []
    _ = try forEachElement { scanner, _ throws(JSONSyntaxError) in
      if isObject {
        let key = try scanner.key()
        members.append(JSONMember(key, try scanner.parseValue()))
      } else {
        elements.append(try scanner.parseValue())
      }
      return true
    }
    return isObject ? .object(members) : .array(elements)
  }

  /// Steps into the object or array at `position` (checking the depth limit) up to its first
  /// element or member; false, having stepped out again, when it is empty.
  @inline(__always)
  mutating func enterContainer() throws(JSONSyntaxError) -> Bool {
    let close = bytes[position] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
    depth += 1
    if depth > limits.maxDepth { throw error("nesting deeper than the limit of \(limits.maxDepth)") }
    position += 1
    skipWhitespace()
    guard peek(close) else { return true }
    position += 1
    depth -= 1
    return false
  }

  /// Parses an object member's key (or, not `parsing`, only checks it: "") and steps over the
  /// ':' after it, up to the value.
  @inline(__always)
  @discardableResult
  mutating func key(parsing: Bool = true) throws(JSONSyntaxError) -> String {
    guard peek(UInt8(ascii: "\"")) else { throw unexpected(expecting: "a string key") }
    let start = position
    var key = ""
    if parsing { key = try parseString() } else { try skipString() }
    skipWhitespace()
    guard peek(UInt8(ascii: ":")) else { throw missingColon(afterKeyAt: start) }
    position += 1
    skipWhitespace()
    return key
  }

  @inline(never)
  private func missingColon(afterKeyAt start: Int) -> JSONSyntaxError {
    var scanner = self
    scanner.position = start
    return error("expected ':' after the key \"\((try? scanner.parseString()) ?? "")\"")
  }

  /// After the `count`th element or member: checks the element limit, then steps over the
  /// ',' (returning true) or the closing bracket (returning false, out of the container).
  @inline(__always)
  mutating func nextElement(count: Int, inObject: Bool) throws(JSONSyntaxError) -> Bool {
    if count > limits.maxElements {
      throw error(inObject
        ? "object has more than \(limits.maxElements) members" : "array has more than \(limits.maxElements) elements")
    }
    skipWhitespace()
    if peek(UInt8(ascii: ",")) {
      position += 1
      return true
    }
    if peek(inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
      position += 1
      depth -= 1
      return false
    }
    throw expectedSeparator(inObject: inObject)
  }

  @inline(never)
  private func expectedSeparator(inObject: Bool) -> JSONSyntaxError {
    let expected = inObject ? "',' or '}'" : "',' or ']'"
    if position == bytes.count { return error("unexpected end of file: expected \(expected)") }
    return error(
      "expected \(expected) after \(inObject ? "an object member" : "an array element"), found \(describeCurrent())")
  }

  // MARK: - Bytes

  /// Steps over spaces, tabs, line feeds and carriage returns.
  @inline(__always)
  mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  /// Whether `byte` is next.
  @inline(__always)
  func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

  /// Describes the byte at the current position for a message: `'x'`, or `byte 0xNN`.
  func describeCurrent() -> String {
    guard position < bytes.count else { return "end of file" }
    let byte = bytes[position]
    return byte >= 0x21 && byte < 0x7F ? "'\(describeByte(byte))'" : describeByte(byte)
  }

  /// A byte for a message: itself when printable ASCII, else `byte 0xNN`.
  func describeByte(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return String(UnicodeScalar(byte)) }
    return "byte 0x\(hex(UInt32(byte), digits: 2))"
  }

  /// `value` in upper-case hexadecimal, zero-padded to `digits`.
  func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }

  /// An error at the current position. Its line, column and message are made only on failure,
  /// out of the scanning code: nothing is counted while scanning.
  @inline(never)
  func error(_ message: @autoclosure () -> String) -> JSONSyntaxError {
    let before = bytes[..<min(position, bytes.count)]
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let line = before.count(where: { $0 == 0x0A }) + 1
    // Column in Unicode scalars: count bytes that are not UTF-8 continuation bytes.
    let column = before[lineStart...].count(where: { $0 & 0xC0 != 0x80 }) + 1
    return JSONSyntaxError(line: line, column: column, message: message())
  }
}
