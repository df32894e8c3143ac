/// A JSON document checked once for syntax and limits, whose parts are then parsed on demand.
///
/// A 100,000-drug catalogue is about 77 MB of JSON; as one `JSONValue` tree it took six times
/// that in memory. Reading it through a `JSONDocument` parses one table entry at a time, so
/// only the decoded model stays. The bytes must outlive the document (`withDocument`).
public struct JSONDocument {
  /// The checked bytes, for readers that go straight to an entry (`EntryReader`).
  let checkedBytes: UnsafeBufferPointer<UInt8>
  private let limits: JSONLimits
  /// Where the root value starts.
  private let root: Int
  /// The top-level object's members in file order (duplicates kept), or nil when the root is
  /// not an object. An array's `elementStarts` are where its elements are to be read.
  public let members: [JSONMemberLocation]?

  /// Checks `data` in one pass of `JSONScanner.skipValue` (recording where the top-level
  /// members are) and hands the document to `body`. A document of `halvesSize` bytes or more
  /// is checked on two threads (`inHalves`), with the same outcome.
  /// - Throws: `JSONSyntaxError` locating the first problem, exactly as `JSONParser.parse`.
  public static func withDocument<Result>(
    _ data: [UInt8], limits: JSONLimits = .catalog, inHalves: Bool = true, _ body: (JSONDocument) -> Result
  ) throws(JSONSyntaxError) -> Result {
    try data.withUnsafeBufferPointer { bytes throws(JSONSyntaxError) in
      var scanner = JSONScanner(bytes: bytes, limits: limits)
      try scanner.beginDocument()
      let root = scanner.position
      let members = try checkedMembers(&scanner, inHalves: inHalves && data.count >= halvesSize)
      try scanner.endDocument()
      return body(JSONDocument(checkedBytes: bytes, limits: limits, root: root, members: members))
    }
  }

  /// The root's type name, for "the top level must be a JSON object" messages.
  public var rootTypeName: String { typeName(at: root) }

  /// The type name (`JSONValue.typeName`) of the value at byte `start`, parsing only a scalar.
  public func typeName(at start: Int) -> String {
    switch checkedBytes[start] {
    case UInt8(ascii: "{"): return JSONValue.object([]).typeName
    case UInt8(ascii: "["): return JSONValue.array([]).typeName
    default: return value(at: start).typeName
    }
  }

  /// Parses the value starting at byte `start`, which the document's check already accepted.
  public func value(at start: Int) -> JSONValue { Self.value(in: checkedBytes, at: start, limits: limits) }

  /// Parses the value starting at byte `start` of `bytes`, which `withDocument` accepted with
  /// `limits` (so strings skip a second UTF-8 check): how a stored catalogue entry is read back.
  static func value(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, limits: JSONLimits = .catalog) -> JSONValue {
    var scanner = JSONScanner(bytes: bytes, limits: limits, position: start, validated: true)
    return (try? scanner.parseValue()) ?? .null
  }

  /// A first look at a large document without checking all of it: the top-level members up to
  /// `key` (each checked; `key`'s range is just its first byte) and up to `limit` elements of
  /// the array `key` holds, parsed as far as they are valid. Nil when `key` is not found that
  /// way or does not hold an array.
  public static func preview(
    _ data: [UInt8], through key: String, limit: Int, limits: JSONLimits = .catalog
  ) -> (members: [JSONMemberLocation], elements: [JSONValue])? {
    data.withUnsafeBufferPointer { bytes in
      var scanner = JSONScanner(bytes: bytes, limits: limits)
      scanner.skipByteOrderMark()
      scanner.skipWhitespace()
      var members: [JSONMemberLocation] = []
      var elements: [JSONValue] = []
      // The loop stops (false) at `key`'s value.
      guard scanner.peek(UInt8(ascii: "{")),
        (try? scanner.forEachElement { scanner, _ throws(JSONSyntaxError) in
          let name = try scanner.key()
          let start = scanner.position
          if name != key { try scanner.skipValue() }
          members.append(JSONMemberLocation(key: name, value: start..<(name == key ? start + 1 : scanner.position)))
          return name != key
        }) == false, scanner.peek(UInt8(ascii: "["))
      else { return nil }
      _ = try? scanner.forEachElement { scanner, _ throws(JSONSyntaxError) in
        guard elements.count < limit else { return false }
        elements.append(try scanner.parseValue())
        return true
      }
      return (members, elements)
    }
  }
}
