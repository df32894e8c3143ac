import IMiDCore
import Testing

/// `JSONDocument` checks a file once and then parses it a table entry at a time; the entries
/// must come out as `JSONParser` sees them. (Its errors: `JSONScannerTests`.)
@Suite struct JSONDocumentTests {
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
