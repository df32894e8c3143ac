import IMiDCore
import Testing

/// `JSONDocument` checks a file once and then parses it a table entry at a time. Its validator
/// must accept exactly what `JSONParser` accepts, and the entries must come out the same.
@Suite struct JSONDocumentTests {
  static let edgeCases: [[UInt8]] = [
    "{}", "[]", " {\"a\": [1, 2.5, -0, 1e3, true, false, null]} ", "{\"a\":1,}", "[1,]", "[01]", "[1.]",
    "[1e]", "[-]", "[1e400]", "[-1e400]", "[1e-400]", "[\(String(repeating: "9", count: 310))]",
    "[\"\\ud83d\\ude00\"]", "[\"\\ud83d\"]", "[\"\\ude00\"]", "[\"\\ud83d\\u0041\"]", "[\"\\x\"]", "[\"\\u12\"]",
    "[\"a\nb\"]", "[\"a\tb\"]", "[\"\\", "[\"abc", "{\"a\" 1}", "{1: 2}", "[tru]", "[nul]", "nul", "\"x\"",
    "{} {}", "", "   ", "[[[[]]]]",
  ].map { Array($0.utf8) } + [
    [0xEF, 0xBB, 0xBF] + Array("{}".utf8),
    Array("[\"".utf8) + [0xC3, 0xA9] + Array("\"]".utf8),  // é
    Array("[\"".utf8) + [0xC0, 0xAF] + Array("\"]".utf8),  // overlong
    Array("[\"".utf8) + [0xED, 0xA0, 0x80] + Array("\"]".utf8),  // encoded surrogate
    Array("[\"".utf8) + [0xF4, 0x90, 0x80, 0x80] + Array("\"]".utf8),  // above U+10FFFF
    Array("[\"".utf8) + [0xF0, 0x9F, 0x98] + Array("\"]".utf8),  // truncated
    Array("[\"".utf8) + [0xC3] + Array("\\u00a9\"]".utf8),  // a lead byte cut by an escape
    Array("[\"\\u00e9".utf8) + [0xA9] + Array("\"]".utf8),  // a stray continuation after one
    Array("[\"a".utf8) + [0x00] + Array("\"]".utf8),
  ]

  @Test(arguments: 0..<edgeCases.count)
  func theValidatorAgreesWithTheParser(index: Int) {
    let bytes = Self.edgeCases[index]
    let limits = JSONLimits(maxBytes: 1 << 20, maxDepth: 3, maxStringBytes: 4, maxElements: 7)
    let parsed = Result { () throws(JSONSyntaxError) in try JSONParser.parse(bytes, limits: limits) }
    let checked = Result { () throws(JSONSyntaxError) in try JSONDocument.withDocument(bytes, limits: limits) { _ in 0 } }
    switch (parsed, checked) {
    case (.success, .success): break
    case (.failure(let a), .failure(let b)): #expect(a == b, "the document reports the parser's error")
    default: Issue.record("parser and validator disagree on \(String(decoding: bytes, as: UTF8.self))")
    }
  }

  @Test func limitsAreCountedTheSameWay() {
    let limits = JSONLimits(maxBytes: 1 << 20, maxDepth: 2, maxStringBytes: 4, maxElements: 3)
    for text in ["[\"abcd\"]", "[\"abcde\"]", "[\"\\u00e9\\u00e9\"]", "[\"\\u00e9\\u00e9a\"]", "[\"\\ud83d\\ude00\"]",
      "[\"a\\ud83d\\ude00\"]", "[1,2,3]", "[1,2,3,4]", "{\"a\":1,\"b\":2,\"c\":3,\"d\":4}", "[[1]]", "[[[1]]]"]
    {
      let bytes = Array(text.utf8)
      let parsed = (try? JSONParser.parse(bytes, limits: limits)) != nil
      let checked = (try? JSONDocument.withDocument(bytes, limits: limits) { _ in 0 }) != nil
      #expect(parsed == checked, "\(text)")
    }
  }

  @Test func tablesComeOutOneElementAtATimeAsTheParserSeesThem() throws {
    let text = #"{"b": [ {"x": "é"}, 2 , [3] ], "a": {"k": null}, "b": "dup", "s": "x"}"#
    let tree = try JSONParser.parse(Array(text.utf8))
    guard case .object(let treeMembers) = tree else { Issue.record("not an object"); return }
    try JSONDocument.withDocument(Array(text.utf8)) { document in
      #expect(document.members?.map(\.key) == ["b", "a", "b", "s"])
      for (located, member) in zip(document.members ?? [], treeMembers) {
        #expect(document.value(at: located.value) == member.value)
        #expect(document.typeName(at: located.value) == member.value.typeName)
      }
      var elements: [JSONValue] = []
      let first = document.members?[0].value ?? 0..<0
      var indexes: [Int] = []
      let isArray = document.forEachElement(at: first) { index, value in
        indexes.append(index)
        elements.append(value)
      }
      #expect(isArray)
      #expect(indexes == [0, 1, 2])
      #expect(.array(elements) == treeMembers[0].value)
      #expect(!document.forEachElement(at: document.members?[1].value ?? 0..<0) { _, _ in })
    }
    try JSONDocument.withDocument(Array("[1]".utf8)) { document in
      #expect(document.members == nil)
      #expect(document.rootTypeName == "an array")
    }
  }
}
