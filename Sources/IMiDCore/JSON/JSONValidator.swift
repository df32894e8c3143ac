/// Checks a JSON document for syntax and limits without building anything, and locates the
/// members of its top-level object.
///
/// It accepts exactly what `JSONParser` accepts (a test holds the two together on mutated
/// catalogues). It only answers yes or no: on no, the caller re-parses with `JSONParser` to
/// get the located message. This is what lets a large catalogue be decoded one table entry at
/// a time, without its whole tree in memory (see `JSONDocument`).
struct JSONValidator {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let limits: JSONLimits
  private var position = 0
  private var depth = 0

  /// Where a document's top level was found valid.
  enum Root {
    /// The root is an object: its members' keys and the byte ranges of their values.
    case object([JSONMemberLocation])
    /// The root is some other value, with its type name for messages.
    case other(typeName: String)
  }

  private struct Invalid: Error {}

  init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
    self.bytes = bytes
    self.limits = limits
  }

  /// Validates the whole document; nil when `JSONParser` would throw.
  mutating func validateDocument() -> Root? {
    guard bytes.count <= limits.maxBytes else { return nil }
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    do {
      skipWhitespace()
      guard position < bytes.count else { return nil }
      let root: Root
      if bytes[position] == UInt8(ascii: "{") {
        root = .object(try objectMembers())
      } else {
        let typeName = Self.typeName(of: bytes[position])
        try skipValue()
        root = .other(typeName: typeName)
      }
      skipWhitespace()
      return position == bytes.count ? root : nil
    } catch {
      return nil
    }
  }

  /// For a first look at a large file: the top-level object's members up to and including the
  /// one named `key`, checking only the bytes before it. Each member comes with its value's
  /// range, except `key`'s, whose range is just its first byte (nothing after it is read).
  /// Nil when the root is not an object, the bytes before `key` are not valid, or there is
  /// no `key`.
  mutating func membersThrough(_ key: String) -> [JSONMemberLocation]? {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    skipWhitespace()
    guard peek(UInt8(ascii: "{")) else { return nil }
    position += 1
    depth = 1
    var members: [JSONMemberLocation] = []
    do {
      while true {
        skipWhitespace()
        guard peek(UInt8(ascii: "\"")) else { return nil }
        let keyStart = position
        try skipString()
        var parser = JSONParser(bytes: bytes, limits: limits)
        parser.position = keyStart
        guard let name = try? parser.parseString() else { return nil }
        skipWhitespace()
        guard peek(UInt8(ascii: ":")) else { return nil }
        position += 1
        skipWhitespace()
        guard position < bytes.count else { return nil }
        if name == key {
          members.append(JSONMemberLocation(key: name, value: position..<(position + 1)))
          return members
        }
        let valueStart = position
        try skipValue()
        members.append(JSONMemberLocation(key: name, value: valueStart..<position))
        skipWhitespace()
        guard peek(UInt8(ascii: ",")) else { return nil }
        position += 1
      }
    } catch {
      return nil
    }
  }

  /// The type name `JSONValue.typeName` gives for a value starting with `byte`.
  static func typeName(of byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "{"): return "an object"
    case UInt8(ascii: "["): return "an array"
    case UInt8(ascii: "\""): return "a string"
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
    case UInt8(ascii: "n"): return "null"
    default: return "a number"
    }
  }

  // MARK: - Grammar

  private mutating func objectMembers() throws(Invalid) -> [JSONMemberLocation] {
    try enter()
    position += 1
    var members: [JSONMemberLocation] = []
    skipWhitespace()
    if peek(UInt8(ascii: "}")) {
      position += 1
      depth -= 1
      return members
    }
    while true {
      skipWhitespace()
      guard peek(UInt8(ascii: "\"")) else { throw Invalid() }
      let keyStart = position
      try skipString()
      // Keys are short: decode them with the parser, which cannot fail on a checked string.
      var parser = JSONParser(bytes: bytes, limits: limits)
      parser.position = keyStart
      guard let key = try? parser.parseString() else { throw Invalid() }
      skipWhitespace()
      guard peek(UInt8(ascii: ":")) else { throw Invalid() }
      position += 1
      skipWhitespace()
      let valueStart = position
      try skipValue()
      members.append(JSONMemberLocation(key: key, value: valueStart..<position))
      if members.count > limits.maxElements { throw Invalid() }
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        position += 1
        continue
      }
      guard peek(UInt8(ascii: "}")) else { throw Invalid() }
      position += 1
      depth -= 1
      return members
    }
  }

  private mutating func skipValue() throws(Invalid) {
    guard position < bytes.count else { throw Invalid() }
    switch bytes[position] {
    case UInt8(ascii: "{"), UInt8(ascii: "["): try skipContainer()
    case UInt8(ascii: "\""): try skipString()
    case UInt8(ascii: "t"): try skipLiteral("true")
    case UInt8(ascii: "f"): try skipLiteral("false")
    case UInt8(ascii: "n"): try skipLiteral("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
    default: throw Invalid()
    }
  }

  private mutating func enter() throws(Invalid) {
    depth += 1
    if depth > limits.maxDepth { throw Invalid() }
  }

  /// An object or an array: the same loop, with keys required in objects.
  private mutating func skipContainer() throws(Invalid) {
    let isObject = bytes[position] == UInt8(ascii: "{")
    let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
    try enter()
    position += 1
    skipWhitespace()
    if peek(close) {
      position += 1
      depth -= 1
      return
    }
    var count = 0
    while true {
      skipWhitespace()
      if isObject {
        guard peek(UInt8(ascii: "\"")) else { throw Invalid() }
        try skipString()
        skipWhitespace()
        guard peek(UInt8(ascii: ":")) else { throw Invalid() }
        position += 1
        skipWhitespace()
      }
      try skipValue()
      count += 1
      if count > limits.maxElements { throw Invalid() }
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        position += 1
        continue
      }
      guard peek(close) else { throw Invalid() }
      position += 1
      depth -= 1
      return
    }
  }

  private mutating func skipLiteral(_ literal: StaticString) throws(Invalid) {
    let count = literal.utf8CodeUnitCount
    guard position + count <= bytes.count else { throw Invalid() }
    let start = position
    let matches = literal.withUTF8Buffer { expected in
      for offset in 0..<count where bytes[start + offset] != expected[offset] { return false }
      return true
    }
    guard matches else { throw Invalid() }
    position += count
  }

  private mutating func skipNumber() throws(Invalid) {
    let start = position
    var digits = 0
    var hasExponent = false
    if peek(UInt8(ascii: "-")) { position += 1 }
    guard position < bytes.count, isDigit(bytes[position]) else { throw Invalid() }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      digits = 1
      if position < bytes.count, isDigit(bytes[position]) { throw Invalid() }
    } else {
      while position < bytes.count, isDigit(bytes[position]) {
        position += 1
        digits += 1
      }
    }
    if peek(UInt8(ascii: ".")) {
      position += 1
      guard position < bytes.count, isDigit(bytes[position]) else { throw Invalid() }
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      hasExponent = true
      position += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
      guard position < bytes.count, isDigit(bytes[position]) else { throw Invalid() }
      while position < bytes.count, isDigit(bytes[position]) { position += 1 }
    }
    // Without an exponent, fewer than 300 integer digits is always finite; otherwise ask
    // the same conversion the parser uses.
    if hasExponent || digits >= 300 {
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
      guard let value = Double(text), value.isFinite else { throw Invalid() }
    }
  }

  /// A string from its opening quote: no raw control characters, valid escapes (surrogates
  /// paired), valid UTF-8, and at most `maxStringBytes` once unescaped.
  private mutating func skipString() throws(Invalid) {
    position += 1
    var length = 0
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        if length > limits.maxStringBytes { throw Invalid() }
        return
      }
      if byte < 0x20 { throw Invalid() }
      if byte == UInt8(ascii: "\\") {
        position += 1
        guard position < bytes.count else { throw Invalid() }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
          UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          length += 1
        case UInt8(ascii: "u"):
          length += try unicodeEscapeLength()
        default: throw Invalid()
        }
      } else if byte < 0x80 {
        position += 1
        length += 1
      } else {
        let count = try utf8SequenceLength()
        position += count
        length += count
      }
    }
    throw Invalid()
  }

  /// After `\u`: the escape's scalar, and how many UTF-8 bytes it becomes.
  private mutating func unicodeEscapeLength() throws(Invalid) -> Int {
    let high = try hex4()
    if (0xD800...0xDBFF).contains(high) {
      guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
        bytes[position + 1] == UInt8(ascii: "u")
      else { throw Invalid() }
      position += 2
      let low = try hex4()
      guard (0xDC00...0xDFFF).contains(low) else { throw Invalid() }
      return 4
    }
    if (0xDC00...0xDFFF).contains(high) { throw Invalid() }
    return high < 0x80 ? 1 : high < 0x800 ? 2 : 3
  }

  private mutating func hex4() throws(Invalid) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count else { throw Invalid() }
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw Invalid()
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  /// The length of the well-formed UTF-8 sequence at `position` (Unicode Table 3-7: no
  /// overlong forms, no surrogates, nothing above U+10FFFF).
  private func utf8SequenceLength() throws(Invalid) -> Int {
    let lead = bytes[position]
    func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) throws(Invalid) {
      guard position + offset < bytes.count, range.contains(bytes[position + offset]) else { throw Invalid() }
    }
    switch lead {
    case 0xC2...0xDF:
      try continuation(1)
      return 2
    case 0xE0:
      try continuation(1, 0xA0...0xBF); try continuation(2)
      return 3
    case 0xE1...0xEC, 0xEE...0xEF:
      try continuation(1); try continuation(2)
      return 3
    case 0xED:
      try continuation(1, 0x80...0x9F); try continuation(2)
      return 3
    case 0xF0:
      try continuation(1, 0x90...0xBF); try continuation(2); try continuation(3)
      return 4
    case 0xF1...0xF3:
      try continuation(1); try continuation(2); try continuation(3)
      return 4
    case 0xF4:
      try continuation(1, 0x80...0x8F); try continuation(2); try continuation(3)
      return 4
    default: throw Invalid()
    }
  }

  // MARK: - Bytes

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }

  private func peek(_ byte: UInt8) -> Bool { position < bytes.count && bytes[position] == byte }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
