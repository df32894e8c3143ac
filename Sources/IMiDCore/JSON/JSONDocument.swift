/// A JSON document checked once for syntax and limits, whose parts are then parsed on demand.
///
/// A 100,000-drug catalogue is about 77 MB of JSON; as one `JSONValue` tree it took six times
/// that in memory. Reading it through a `JSONDocument` parses one table entry at a time, so
/// only the decoded model stays. The bytes must outlive the document (`withDocument`).
public struct JSONDocument {
  private let bytes: UnsafeBufferPointer<UInt8>
  private let limits: JSONLimits
  /// The top-level object's members in file order (duplicates kept), or nil when the root is
  /// not an object.
  public let members: [JSONMemberLocation]?
  /// The root's type name, for "the top level must be a JSON object" messages.
  public let rootTypeName: String

  /// The checked bytes, for readers that go straight to an entry (`EntryReader`).
  var checkedBytes: UnsafeBufferPointer<UInt8> { bytes }

  /// Checks `data` in one pass of `JSONScanner.skipValue` (recording where the top-level
  /// members are) and hands the document to `body`.
  /// - Throws: `JSONSyntaxError` locating the first problem, exactly as `JSONParser.parse`.
  /// A document of `JSONDocument.halvesSize` bytes or more is checked on two threads
  /// (`inHalves`), with the same outcome.
  public static func withDocument<Result>(
    _ data: [UInt8], limits: JSONLimits = .catalog, inHalves: Bool = true, _ body: (JSONDocument) -> Result
  ) throws(JSONSyntaxError) -> Result {
    let outcome: Swift.Result<Result, JSONSyntaxError> = data.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(bytes: buffer, limits: limits)
      let members: [JSONMemberLocation]?
      let rootTypeName: String
      do throws(JSONSyntaxError) {
        try scanner.beginDocument()
        rootTypeName = JSONScanner.typeName(of: buffer[scanner.position])
        if scanner.peek(UInt8(ascii: "{")) {
          members = try Self.checkedMembers(&scanner, inHalves: inHalves && data.count >= halvesSize)
        } else {
          members = nil
          try scanner.skipValue()
        }
        try scanner.endDocument()
      } catch {
        return .failure(error)
      }
      return .success(body(JSONDocument(bytes: buffer, limits: limits, members: members, rootTypeName: rootTypeName)))
    }
    return try outcome.get()
  }

  /// The members of the object at the scanner's position up to the one named `key` (its range
  /// then being just its first byte, nothing of it read), each checked and skipped; nil when
  /// the object has no such member. For a preview: the whole check is `checkedMembers`.
  static func members(_ scanner: inout JSONScanner, through key: String) throws(JSONSyntaxError) -> [JSONMemberLocation]? {
    var members: [JSONMemberLocation] = []
    guard try scanner.enterContainer() else { return nil }
    repeat {
      scanner.skipWhitespace()
      let name = try scanner.parseKey()
      let start = scanner.position
      if name == key {
        guard start < scanner.bytes.count else { return nil }
        members.append(JSONMemberLocation(key: name, value: start..<(start + 1)))
        return members
      }
      try scanner.skipValue()
      members.append(JSONMemberLocation(key: name, value: start..<scanner.position))
    } while try scanner.nextElement(count: members.count, inObject: true)
    return nil
  }

  /// The type name of the value at `range` (one of `JSONValue.typeName`), without parsing it.
  public func typeName(at range: Range<Int>) -> String {
    range.isEmpty ? "null" : JSONScanner.typeName(of: bytes[range.lowerBound])
  }

  /// Parses the value at `range`, which the document's check already accepted.
  public func value(at range: Range<Int>) -> JSONValue {
    JSONScanner.value(in: bytes, at: range.lowerBound, limits: limits, validated: true) ?? .null
  }

  /// Calls `body` with each element of the array at `range`, parsed one at a time, and its
  /// index. Returns false (calling nothing) when the value is not an array.
  public func forEachElement(at range: Range<Int>, _ body: (Int, JSONValue) -> Void) -> Bool {
    forEachElement(at: range) { index, _, value in body(index, value) }
  }

  /// Like `forEachElement(at:_:)`, with each element's first byte, by which
  /// `value(validated:at:)` can read it again.
  /// `plain` is offered each element first (its index, the bytes and its first byte): when it
  /// reads the element itself it returns where the element ends, and `body` is not called.
  func forEachElement(
    at range: Range<Int>, plain: (Int, UnsafeBufferPointer<UInt8>, Int) -> Int? = { _, _, _ in nil },
    _ body: (Int, Int, JSONValue) -> Void
  ) -> Bool {
    guard !range.isEmpty, bytes[range.lowerBound] == UInt8(ascii: "[") else { return false }
    var scanner = JSONScanner(bytes: bytes, limits: limits)
    scanner.validated = true
    scanner.position = range.lowerBound
    // Nothing here can fail: `withDocument` checked these bytes with the same scanner.
    guard (try? scanner.enterContainer()) == true else { return true }
    var index = 0
    repeat {
      scanner.skipWhitespace()
      let start = scanner.position
      if let end = plain(index, bytes, start) {
        scanner.position = end
      } else {
        guard let element = try? scanner.parseValue() else { break }
        body(index, start, element)
      }
      index += 1
    } while (try? scanner.nextElement(count: index, inObject: false)) == true
    return true
  }
}

extension JSONDocument {
  /// A first look at a large document without checking all of it: the top-level members up to
  /// `key` (each checked; `key`'s range is just its first byte) and up to `limit` elements of
  /// the array `key` holds, parsed as far as they are valid. Nil when `key` is not found that
  /// way or does not hold an array.
  public static func preview(
    _ data: [UInt8], through key: String, limit: Int, limits: JSONLimits = .catalog
  ) -> (members: [JSONMemberLocation], elements: [JSONValue])? {
    data.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(bytes: buffer, limits: limits)
      scanner.skipByteOrderMark()
      scanner.skipWhitespace()
      guard scanner.peek(UInt8(ascii: "{")), let located = try? members(&scanner, through: key),
        scanner.peek(UInt8(ascii: "["))
      else { return nil }
      var elements: [JSONValue] = []
      guard (try? scanner.enterContainer()) == true else { return (located, elements) }
      var more = true
      while more, elements.count < limit {
        scanner.skipWhitespace()
        guard let element = try? scanner.parseValue() else { break }
        elements.append(element)
        more = (try? scanner.nextElement(count: elements.count, inObject: false)) ?? false
      }
      return (located, elements)
    }
  }

  /// Parses the value starting at byte `start` of `data`, which `withDocument` accepted
  /// (strings skip a second UTF-8 check): how a stored catalogue entry is read back.
  static func value(validated data: UnsafeBufferPointer<UInt8>, at start: Int) -> JSONValue {
    JSONScanner.value(in: data, at: start, limits: .catalog, validated: true) ?? .null
  }

  /// Parses the value at `range` of `data` (for members found by `preview`), checking it.
  public static func value(in data: [UInt8], at range: Range<Int>, limits: JSONLimits = .catalog) -> JSONValue? {
    data.withUnsafeBufferPointer { JSONScanner.value(in: $0, at: range.lowerBound, limits: limits, validated: false) }
  }
}
