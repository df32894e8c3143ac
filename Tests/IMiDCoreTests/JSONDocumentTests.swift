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
        #expect(document.value(at: located.value.lowerBound) == member.value)
        #expect(document.typeName(at: located.value.lowerBound) == member.value.typeName)
      }
      // A table's elements, read one at a time from where the check found them.
      let starts = document.members?[0].elementStarts ?? []
      #expect(starts.count == 3)
      #expect(.array(starts.map { document.value(at: Int($0)) }) == treeMembers[0].value)
      #expect(document.members?[1].elementStarts == nil)
    }
    try JSONDocument.withDocument(Array("[1]".utf8)) { document in
      #expect(document.members == nil)
      #expect(document.rootTypeName == "an array")
    }
  }
}
