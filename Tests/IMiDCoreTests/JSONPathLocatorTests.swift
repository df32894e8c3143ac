import IMiDCore
import Testing

/// Diagnostics' JSON paths turned into the line and column where their value starts.
@Suite struct JSONPathLocatorTests {
  static let document = Array("""
    \u{FEFF}{
      "title": "T",
      "a.b": {"c": 1},
      "a": {"b": [10, 20, {"x": "é", "y": [true]}]},
      "drugs": [
        {"id": "d1"},
        {"id": "d2", "name": "Δ", "cite": ["c1", "c2"]}
      ]
    }
    """.utf8)

  @Test(arguments: [
    ("title", 2, 12), ("a.b", 3, 10), ("a.b.c", 3, 16), ("a", 4, 8), ("a.b[1]", 4, 19),
    ("a.b[2].y[0]", 4, 40), ("a.b[2].y", 4, 39), ("drugs[1]", 7, 5), ("drugs[1].cite[1]", 7, 46),
  ])
  func aPathIsFoundWhereItsValueStarts(path: String, line: Int, column: Int) throws {
    let found = try #require(JSONPathLocator.locate(path, in: Self.document), "\(path) not found")
    #expect(found.line == line && found.column == column, "\(path): \(found)")
  }

  @Test(arguments: ["nope", "drugs[2]", "drugs[0].name", "title[0]", "a.b[9]", "drugs[x]", "drugs[-1]"])
  func aPathToNothingIsNil(path: String) {
    #expect(JSONPathLocator.locate(path, in: Self.document) == nil)
  }

  @Test func aDocumentThatDoesNotScanLocatesNothing() {
    #expect(JSONPathLocator.locate("title", in: Array("{\"title\": ".utf8)) == nil)
    #expect(JSONPathLocator.locate("x", in: []) == nil)
  }
}
