import IMiDCore
import Testing

/// `JSONScanner` skips (the check of a whole catalogue, `JSONDocument.withDocument`) or parses
/// (`JSONParser.parse`, and each entry read back). Each case here is run both ways and must
/// give exactly the same located error, or succeed both ways. Small limits make the limit
/// checks reachable: depth 3, strings of 4 UTF-8 bytes after unescaping, 7 elements.
@Suite struct JSONScannerTests {
  static let limits = JSONLimits(maxBytes: 1 << 20, maxDepth: 3, maxStringBytes: 4, maxElements: 7)

  /// A document and what both ways must say about it: nil for accepted, else
  /// "line:column message".
  struct Case: CustomTestStringConvertible, Sendable {
    let bytes: [UInt8]
    let expected: String?
    var testDescription: String { String(decoding: bytes, as: UTF8.self).debugDescription }

    init(_ text: String, _ expected: String?) {
      self.init(Array(text.utf8), expected)
    }

    init(_ bytes: [UInt8], _ expected: String?) {
      self.bytes = bytes
      self.expected = expected
    }

    /// `["` + `raw` + `"]`.
    static func string(_ raw: [UInt8], _ expected: String?) -> Case {
      Case(Array("[\"".utf8) + raw + Array("\"]".utf8), expected)
    }
  }

  static let cases: [Case] = [
    // UTF-8 (Unicode Table 3-7), located at the first bad sequence's lead byte.
    .string([0xC3, 0xA9], nil),
    .string([0xC0, 0xAF], "1:3 invalid UTF-8 in a string"),  // overlong '/'
    .string([0xE0, 0x80, 0xAF], "1:3 invalid UTF-8 in a string"),  // overlong, three bytes
    .string([0xED, 0xA0, 0x80], "1:3 invalid UTF-8 in a string"),  // an encoded surrogate
    .string([0xF4, 0x90, 0x80, 0x80], "1:3 invalid UTF-8 in a string"),  // above U+10FFFF
    .string([0xF0, 0x9F, 0x98], "1:3 invalid UTF-8 in a string"),  // cut short by the quote
    .string([0xC3] + Array("\\u00a9".utf8), "1:3 invalid UTF-8 in a string"),  // a lead byte cut by an escape
    .string(Array("\\u00e9".utf8) + [0xA9], "1:9 invalid UTF-8 in a string"),  // a stray continuation after one
    .string(Array("ab".utf8) + [0xFF], "1:5 invalid UTF-8 in a string"),
    // Invalid UTF-8 is reported only once the string is otherwise whole.
    .string([0xFF] + Array("\\n\n".utf8), "1:6 string not closed before the end of the line"),
    .string(Array("abcde".utf8) + [0xFF], "1:3 string longer than the limit of 4 bytes"),
    .string(Array("a".utf8) + [0x00], "1:4 control character U+0000 inside a string (escape it or remove it)"),
    // Escapes and surrogates.
    .string(Array("\\ud83d\\ude00".utf8), nil),
    .string(Array("\\ud83d".utf8), "1:9 unpaired surrogate \\uD83D in a string"),
    .string(Array("\\ude00".utf8), "1:9 unpaired surrogate \\uDE00 in a string"),
    .string(Array("\\ud83d\\u0041".utf8), "1:15 unpaired surrogate \\uD83D in a string"),
    .string(Array("\\x".utf8), "1:4 invalid escape '\\x' in a string"),
    .string(Array("\\u12".utf8), "1:7 invalid \\u escape: expected 4 hex digits"),
    Case("[\"\\", "1:2 unterminated string"),
    Case("[\"abc", "1:2 unterminated string"),
    // The string limit counts UTF-8 bytes after unescaping.
    Case("[\"abcd\"]", nil),
    Case("[\"abcde\"]", "1:3 string longer than the limit of 4 bytes"),
    Case("[\"\\u00e9\\u00e9\"]", nil),
    Case("[\"\\u00e9\\u00e9a\"]", "1:16 string longer than the limit of 4 bytes"),
    Case("[\"a\\ud83d\\ude00\"]", "1:16 string longer than the limit of 4 bytes"),
    Case("[\"abc\\n\"]", nil),
    Case("[\"ab\\ncd\"]", "1:9 string longer than the limit of 4 bytes"),
    Case("{\"abcdefgh\":1}", "1:3 string longer than the limit of 4 bytes"),
    // Numbers: grammar, and only finite doubles.
    Case("[1e400]", "1:2 number out of range"),
    Case("[-1e400]", "1:2 number out of range"),
    Case("[1e-400, -0, 2.5E+3]", nil),
    Case("[\(String(repeating: "9", count: 310))]", "1:2 number out of range"),
    Case("[\(String(repeating: "9", count: 299)).5]", nil),
    Case("[01]", "1:3 invalid number: leading zero"),
    Case("[1.]", "1:4 invalid number: expected a digit after '.'"),
    Case("[1e]", "1:4 invalid number: expected a digit in the exponent"),
    Case("[-]", "1:3 invalid number: expected a digit"),
    // Structure and limits.
    Case("[1,]", "1:4 unexpected ']': expected a value"),
    Case("{\"a\":1,}", "1:8 unexpected '}': expected a string key"),
    Case("{\"a\" 1}", "1:6 expected ':' after the key \"a\""),
    Case("{\"a\u{e9}\" 1}", "1:7 expected ':' after the key \"a\u{e9}\""),
    Case("{1: 2}", "1:2 unexpected '1': expected a string key"),
    Case("[1 2]", "1:4 expected ',' or ']' after an array element, found '2'"),
    Case("{\"a\":1", "1:7 unexpected end of file: expected ',' or '}'"),
    Case("[tru]", "1:2 unexpected 't': expected a value"),
    Case("nul", "1:1 unexpected 'n': expected a value"),
    Case("{} {}", "1:4 unexpected '{' after the end of the JSON value"),
    Case("   ", "1:4 the file is empty: expected a JSON object"),
    Case("[[[1]]]", nil),
    Case("[[[[1]]]]", "1:4 nesting deeper than the limit of 3"),
    Case("[1,2,3,4,5,6,7]", nil),
    Case("[1,2,3,4,5,6,7,8]", "1:17 array has more than 7 elements"),
    Case("{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8}", "1:49 object has more than 7 members"),
    Case([0xEF, 0xBB, 0xBF] + Array("{}".utf8), nil),
  ]

  @Test(arguments: cases)
  func skippingAndParsingGiveTheSameLocatedError(_ test: Case) {
    func describe(_ error: JSONSyntaxError) -> String { "\(error.line):\(error.column) \(error.message)" }
    let parsed: String?
    do {
      _ = try JSONParser.parse(test.bytes, limits: Self.limits)
      parsed = nil
    } catch {
      parsed = describe(error)
    }
    let skipped: String?
    do {
      _ = try JSONDocument.withDocument(test.bytes, limits: Self.limits) { _ in 0 }
      skipped = nil
    } catch {
      skipped = describe(error)
    }
    #expect(parsed == test.expected, "parsing")
    #expect(skipped == test.expected, "skipping")
  }

  @Test func theSizeLimitComesFirst() {
    let limits = JSONLimits(maxBytes: 4, maxDepth: 3, maxStringBytes: 4, maxElements: 7)
    let expected = JSONSyntaxError(line: 1, column: 1, message: "file is 5 bytes, over the limit of 4")
    #expect(throws: expected) { try JSONParser.parse(Array("[1,]x".utf8), limits: limits) }
    #expect(throws: expected) { try JSONDocument.withDocument(Array("[1,]x".utf8), limits: limits) { _ in 0 } }
  }
}
