import IMiDCore
import Testing

@Suite struct JSONParserTests {
  func parse(_ text: String, limits: JSONLimits = .catalog) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8), limits: limits)
  }

  func syntaxError(_ text: String, limits: JSONLimits = .catalog) -> JSONSyntaxError? {
    do {
      _ = try JSONParser.parse(Array(text.utf8), limits: limits)
      return nil
    } catch {
      return error
    }
  }

  @Test func parsesEveryKindOfValue() throws {
    let value = try parse(#"{"a": [1, -2.5e1, true, false, null, "x\"\u00e9\ud83d\ude00"], "b": {}}"#)
    #expect(value == .object([
      JSONMember("a", .array([
        .number(1, isInteger: true, literal: "1"), .number(-25, isInteger: false, literal: "-2.5e1"), .bool(true), .bool(false), .null,
        .string("x\"é😀"),
      ])),
      JSONMember("b", .object([])),
    ]))
  }

  @Test func escapesAndControlsPastAStringsFirstWordsAreStillSeen() throws {
    // Past a string's first sixteen bytes, plain ASCII is stepped over eight bytes at a time:
    // an escape, a quote or a control character there must still stop the step.
    let prefix = "a string longer than sixteen bytes, "
    #expect(try parse(#"["\#(prefix)then \"quoted\" and a tab\t here"]"#) == .array([.string(prefix + "then \"quoted\" and a tab\t here")]))
    #expect(try parse(#"["\#(prefix)and TNF-\u03b1 at the end"]"#) == .array([.string(prefix + "and TNF-α at the end")]))
    #expect(syntaxError("[\"\(prefix)then a raw\u{01}control\"]")?.message.contains("control character") == true)
  }

  @Test func keepsMemberOrderAndDuplicates() throws {
    let value = try parse(#"{"z": 1, "a": 2, "z": 3}"#)
    guard case .object(let members) = value else { Issue.record("not an object"); return }
    #expect(members.map(\.key) == ["z", "a", "z"])
  }

  @Test func acceptsAByteOrderMark() throws {
    #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[]".utf8)) == .array([]))
  }

  @Test func locatesErrorsByLineAndColumn() {
    #expect(syntaxError("{\n  \"a\": 1\n  \"b\": 2}") == JSONSyntaxError(
      line: 3, column: 3, message: "expected ',' or '}' after an object member, found '\"'"))
    #expect(syntaxError("[1, 2,]") == JSONSyntaxError(line: 1, column: 7, message: "unexpected ']': expected a value"))
    #expect(syntaxError("") == JSONSyntaxError(line: 1, column: 1, message: "the file is empty: expected a JSON object"))
    #expect(syntaxError("{\"a\": 1} x")?.message == "unexpected 'x' after the end of the JSON value")
    #expect(syntaxError("{\"a\": tru}")?.message == "unexpected 't': expected a value")
    #expect(syntaxError("{\"a\": 01}")?.message == "invalid number: leading zero")
  }

  @Test func columnsCountCharactersNotBytes() {
    // Each Greek letter is two bytes; the stray x is the 8th character (the 11th byte).
    #expect(syntaxError(#"["αβγ" x]"#)?.column == 8)
  }

  @Test func rejectsUnterminatedStringsAndRawControlCharacters() {
    #expect(syntaxError("[\"abc")?.message == "unterminated string")
    #expect(syntaxError("[\"a\u{1B}b\"]")?.message == "control character U+001B inside a string (escape it or remove it)")
    #expect(syntaxError(#"["\x"]"#)?.message == "invalid escape '\\x' in a string")
    #expect(syntaxError(#"["\ud800"]"#)?.message == "unpaired surrogate \\uD800 in a string")
  }

  @Test func rejectsInvalidUTF8WithItsPosition() {
    let bytes = Array("[\"ab".utf8) + [0xFF] + Array("\"]".utf8)
    #expect(throws: JSONSyntaxError(line: 1, column: 5, message: "invalid UTF-8 in a string")) {
      try JSONParser.parse(bytes)
    }
  }

  @Test func enforcesTheNestingLimitWithoutRecursingDeeper() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(syntaxError(deep)?.message == "nesting deeper than the limit of 64")
    let ok = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect(syntaxError(ok) == nil)
  }

  @Test func enforcesSizeStringAndElementLimits() {
    let small = JSONLimits(maxBytes: 10, maxDepth: 4, maxStringBytes: 3, maxElements: 2)
    #expect(syntaxError("[1,2,3,4,5,6]", limits: small)?.message == "file is 13 bytes, over the limit of 10")
    #expect(syntaxError(#"["abcd"]"#, limits: small)?.message == "string longer than the limit of 3 bytes")
    #expect(syntaxError("[1,2,3]", limits: small)?.message == "array has more than 2 elements")
  }
}
