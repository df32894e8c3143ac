/// A cursor that reads one table entry of the common shape straight from a checked document's
/// bytes, building no `JSONValue`: an object with known keys, each once, whose strings have no
/// escapes, whose numbers are plain digits, and whose arrays hold such strings. That is every
/// entry of a generated catalogue and most of a curated one (whose text is often not ASCII:
/// TNF-α, 5–10%).
///
/// Every read returns nil the moment anything is outside that shape (an escape, a raw control
/// character, text `TextSafety` refuses, a blank required text, an unknown or repeated key, a
/// fraction, null, a nested object): the entry is then decoded the general way
/// (`CatalogDecoder.entry`), which finds and words any problem. So what this reader accepts is
/// exactly what the general decoder accepts without a message, and an entry it gives up on
/// costs only the bytes it read.
///
/// The bytes were accepted by `JSONDocument.withDocument`, but every index is still checked
/// against `bytes.count` before it is read: a buffer pointer is not bounds-checked in release.
struct EntryReader {
  let bytes: UnsafeBufferPointer<UInt8>
  /// The next byte to read.
  var position: Int
  /// When off, `text` and `texts` check as always but build nothing ("" and []): for text
  /// that is only shown, read while a catalogue is loaded (`CatalogDecoder.shown`).
  var keepsText = true

  /// The keys of one kind of entry; a key's number is its place in the list (at most 64).
  struct Keys {
    let names: [[UInt8]]
    init(_ names: [StaticString]) {
      self.names = names.map { name in name.withUTF8Buffer { Array($0) } }
    }
  }

  /// A reader at byte `start` of `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
    self.bytes = bytes
    position = start
  }

  // MARK: - Objects

  /// Steps into the object at `position`; false when there is none.
  mutating func enterObject() -> Bool {
    guard byte() == UInt8(ascii: "{") else { return false }
    position += 1
    skipWhitespace()
    return true
  }

  /// The number of the next member's key in `keys` (and steps to its value), or -1 at the end
  /// of the object (and steps past it); nil for a key not in `keys`, one already in `seen`
  /// (recorded there otherwise), or one with an escape.
  mutating func nextKey(_ keys: Keys, seen: inout UInt64) -> Int? {
    skipWhitespace()
    if byte() == UInt8(ascii: "}") {
      position += 1
      return -1
    }
    if byte() == UInt8(ascii: ",") {
      position += 1
      skipWhitespace()
    }
    guard let range = plainString()?.range else { return nil }
    let length = range.count
    var found: Int?
    for (number, name) in keys.names.enumerated() where name.count == length {
      if name.withUnsafeBufferPointer({ $0.elementsEqual(bytes[range]) }) {
        found = number
        break
      }
    }
    guard let found, seen & (1 << UInt64(found)) == 0 else { return nil }
    seen |= 1 << UInt64(found)
    skipWhitespace()
    guard byte() == UInt8(ascii: ":") else { return nil }
    position += 1
    skipWhitespace()
    return found
  }

  // MARK: - Values

  /// A string without escapes that holds safe text; `nonEmpty` also refuses text that is empty
  /// or only white space.
  mutating func text(nonEmpty: Bool = false) -> String? {
    guard let (range, ascii) = plainString() else { return nil }
    let contents = UnsafeBufferPointer(rebasing: bytes[range])
    if nonEmpty {
      // Blank as `CatalogDecoder.isBlank` has it: in printable ASCII, nothing but spaces.
      let blank =
        ascii ? !contents.contains(where: { $0 != 0x20 }) : CatalogDecoder.isBlank(String(decoding: contents, as: UTF8.self))
      if blank { return nil }
    }
    return keepsText ? String(decoding: contents, as: UTF8.self) : ""
  }

  /// An array of such strings (perhaps empty); `nonEmpty` refuses blank elements.
  mutating func texts(nonEmpty: Bool = false) -> [String]? {
    var result: [String] = []
    let keeps = keepsText
    let whole = forEachElement { reader in
      guard let text = reader.text(nonEmpty: nonEmpty) else { return false }
      if keeps { result.append(text) }
      return true
    }
    return whole ? result : nil
  }

  /// The elements of the array at `position`, each read by `element`; nil when there is no
  /// array, an element cannot be read (`element` gives nil) or the array is malformed.
  mutating func elements<Element>(_ element: (inout EntryReader) -> Element?) -> [Element]? {
    var result: [Element] = []
    let whole = forEachElement { reader in
      guard let value = element(&reader) else { return false }
      result.append(value)
      return true
    }
    return whole ? result : nil
  }

  /// Reads each element of the array at `position` with `element`, which reads one and says
  /// whether it could; false when there is no array, an element could not be read, or the
  /// array is malformed (true for an empty one).
  mutating func forEachElement(_ element: (inout EntryReader) -> Bool) -> Bool {
    guard byte() == UInt8(ascii: "[") else { return false }
    position += 1
    skipWhitespace()
    if byte() == UInt8(ascii: "]") {
      position += 1
      return true
    }
    while true {
      skipWhitespace()
      guard element(&self) else { return false }
      skipWhitespace()
      switch byte() {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "]"):
        position += 1
        return true
      default: return false
      }
    }
  }

  /// A whole number written as plain digits (no sign, fraction or exponent) in `range`.
  mutating func integer(in range: ClosedRange<Int>) -> Int? {
    var value = 0
    var digits = 0
    while let byte = byte(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
      // Eighteen digits cannot overflow; longer numbers are left to the general decoder.
      guard digits < 18 else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
      digits += 1
      position += 1
    }
    guard digits > 0, byte() != UInt8(ascii: "."), byte() != UInt8(ascii: "e"), byte() != UInt8(ascii: "E"),
      range.contains(value)
    else { return nil }
    return value
  }

  /// true or false.
  mutating func boolean() -> Bool? {
    switch byte() {
    case UInt8(ascii: "t"):
      guard position + 4 <= bytes.count else { return nil }
      position += 4
      return true
    case UInt8(ascii: "f"):
      guard position + 5 <= bytes.count else { return nil }
      position += 5
      return false
    default: return nil
    }
  }

  // MARK: - Bytes

  /// The contents of the string at `position` (and steps past it), and whether they are all
  /// printable ASCII; nil for anything but a string, or for one with an escape, a raw control
  /// character or other text `TextSafety` refuses (the general decoder reports those). The
  /// bytes are valid UTF-8: the document's check made sure.
  @inline(__always)
  private mutating func plainString() -> (range: Range<Int>, ascii: Bool)? {
    guard byte() == UInt8(ascii: "\"") else { return nil }
    // Printable ASCII a byte at a time (most strings here are short: keys, ids); the rest of a
    // string with anything beyond it is read out of line.
    let start = position + 1
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        position = index + 1
        return (start..<index, true)
      }
      guard byte >= 0x20, byte != UInt8(ascii: "\\") else { return nil }
      if byte >= 0x7F { return textBeyondASCII(from: start, at: index) }
      index += 1
    }
    return nil
  }

  /// `plainString` from `index`, the first byte beyond printable ASCII of the string whose
  /// contents start at `start`: the rest of it, checked whole by `TextSafety`.
  private mutating func textBeyondASCII(from start: Int, at index: Int) -> (range: Range<Int>, ascii: Bool)? {
    var index = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        guard TextSafety.isSafe(utf8: UnsafeBufferPointer(rebasing: bytes[start..<index])) else { return nil }
        position = index + 1
        return (start..<index, false)
      }
      guard byte >= 0x20, byte != UInt8(ascii: "\\") else { return nil }
      index += 1
    }
    return nil
  }

  /// The byte at `position`, or nil at the end.
  @inline(__always)
  private func byte() -> UInt8? {
    position < bytes.count ? bytes[position] : nil
  }

  @inline(__always)
  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }
}
