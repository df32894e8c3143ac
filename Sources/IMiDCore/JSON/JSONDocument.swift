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

  /// Checks `data` and hands the document to `body`.
  /// - Throws: `JSONSyntaxError` locating the first problem, exactly as `JSONParser.parse`.
  public static func withDocument<Result>(
    _ data: [UInt8], limits: JSONLimits = .catalog, _ body: (JSONDocument) -> Result
  ) throws(JSONSyntaxError) -> Result {
    let outcome: Swift.Result<Result, JSONSyntaxError> = data.withUnsafeBufferPointer { buffer in
      var validator = JSONValidator(bytes: buffer, limits: limits)
      guard let root = validator.validateDocument() else {
        // Rare: parse again with the parser, whose errors carry a line, a column and a reason.
        do throws(JSONSyntaxError) {
          _ = try JSONParser.parse(data, limits: limits)
          return .failure(JSONSyntaxError(line: 1, column: 1, message: "invalid JSON"))
        } catch {
          return .failure(error)
        }
      }
      let document: JSONDocument
      switch root {
      case .object(let members):
        document = JSONDocument(bytes: buffer, limits: limits, members: members, rootTypeName: "an object")
      case .other(let typeName):
        document = JSONDocument(bytes: buffer, limits: limits, members: nil, rootTypeName: typeName)
      }
      return .success(body(document))
    }
    return try outcome.get()
  }

  /// The type name of the value at `range` (one of `JSONValue.typeName`), without parsing it.
  public func typeName(at range: Range<Int>) -> String {
    range.isEmpty ? "null" : JSONValidator.typeName(of: bytes[range.lowerBound])
  }

  /// Parses the value at `range`, which validation already accepted.
  public func value(at range: Range<Int>) -> JSONValue {
    var parser = JSONParser(bytes: bytes, limits: limits)
    parser.validated = true
    parser.position = range.lowerBound
    return (try? parser.parseValue()) ?? .null
  }

  /// Calls `body` with each element of the array at `range`, parsed one at a time, and its
  /// index. Returns false (calling nothing) when the value is not an array.
  public func forEachElement(at range: Range<Int>, _ body: (Int, JSONValue) -> Void) -> Bool {
    forEachElement(at: range) { index, _, value in body(index, value) }
  }

  /// Like `forEachElement(at:_:)`, with each element's first byte, by which
  /// `value(validated:at:)` can read it again.
  func forEachElement(at range: Range<Int>, _ body: (Int, Int, JSONValue) -> Void) -> Bool {
    guard !range.isEmpty, bytes[range.lowerBound] == UInt8(ascii: "[") else { return false }
    var parser = JSONParser(bytes: bytes, limits: limits)
    parser.validated = true
    parser.position = range.lowerBound + 1
    parser.depth = 1
    var index = 0
    while true {
      parser.skipWhitespace()
      guard parser.position < range.upperBound, !parser.peek(UInt8(ascii: "]")) else { return true }
      let start = parser.position
      guard let element = try? parser.parseValue() else { return true }
      body(index, start, element)
      index += 1
      parser.skipWhitespace()
      if parser.peek(UInt8(ascii: ",")) { parser.position += 1 }
    }
  }
}

extension JSONDocument {
  /// A first look at a large document without checking all of it: the top-level members up to
  /// `key` (see `JSONValidator.membersThrough`) and up to `limit` elements of the array `key`
  /// holds, parsed as far as they are valid. Nil when `key` is not found that way or does not
  /// hold an array.
  public static func preview(
    _ data: [UInt8], through key: String, limit: Int, limits: JSONLimits = .catalog
  ) -> (members: [JSONMemberLocation], elements: [JSONValue])? {
    data.withUnsafeBufferPointer { buffer in
      var validator = JSONValidator(bytes: buffer, limits: limits)
      guard let members = validator.membersThrough(key), let last = members.last,
        buffer[last.value.lowerBound] == UInt8(ascii: "[")
      else { return nil }
      var parser = JSONParser(bytes: buffer, limits: limits)
      parser.position = last.value.lowerBound + 1
      parser.depth = 2
      var elements: [JSONValue] = []
      while elements.count < limit {
        parser.skipWhitespace()
        guard parser.position < buffer.count, !parser.peek(UInt8(ascii: "]")),
          let element = try? parser.parseValue()
        else { break }
        elements.append(element)
        parser.skipWhitespace()
        guard parser.peek(UInt8(ascii: ",")) else { break }
        parser.position += 1
      }
      return (members, elements)
    }
  }

  /// Parses the value starting at byte `start` of `data`, which `withDocument` accepted
  /// (strings skip a second UTF-8 check): how a stored catalogue entry is read back.
  static func value(validated data: [UInt8], at start: Int) -> JSONValue {
    data.withUnsafeBufferPointer { buffer in
      var parser = JSONParser(bytes: buffer, limits: .catalog)
      parser.validated = true
      parser.position = start
      return (try? parser.parseValue()) ?? .null
    }
  }

  /// Parses the value at `range` of `data` (for members found by `preview`).
  public static func value(in data: [UInt8], at range: Range<Int>, limits: JSONLimits = .catalog) -> JSONValue? {
    data.withUnsafeBufferPointer { buffer in
      var parser = JSONParser(bytes: buffer, limits: limits)
      parser.position = range.lowerBound
      return try? parser.parseValue()
    }
  }
}

/// Where one member of an object is: its key and the byte range of its value.
public struct JSONMemberLocation: Sendable, Equatable {
  /// The member's key, unescaped.
  public let key: String
  /// The bytes of the member's value.
  public let value: Range<Int>
}
