import IMiDCatalogData
import IMiDCore
import Testing

/// The top-level `version` and `date` that name a catalogue's edition (`imid --version`).
@Suite struct CatalogEditionTests {
  func messages(_ json: String) -> [String] {
    do {
      return try CatalogLoader.load(Array(json.utf8), source: "t.json", currentYear: 2026).warnings.map(\.description)
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  @Test func theEditionIsReadAndOptional() throws {
    let catalog = try CatalogLoader.load(Array(#"{"version": "2.1", "date": "2024-02-29", "drugs": []}"#.utf8), source: "t.json", currentYear: 2026).catalog
    #expect(catalog.version == "2.1" && catalog.date == "2024-02-29")
    let bare = try CatalogLoader.load(Array(#"{"drugs": []}"#.utf8), source: "t.json", currentYear: 2026).catalog
    #expect(bare.version == nil && bare.date == nil)
    let builtin = try CatalogLoader.load(BuiltinCatalog.bytes, source: "builtin", currentYear: 2026).catalog
    #expect(builtin.version != nil && builtin.date.flatMap(EventDate.init)?.day != nil)
  }

  @Test func aBadEditionIsAnError() {
    #expect(messages(#"{"version": " ", "drugs": []}"#) == ["t.json: version: must not be empty"])
    #expect(messages(#"{"version": 2, "drugs": []}"#) == ["t.json: version: expected a string, found a number"])
    #expect(messages(#"{"date": "2023-02-29", "drugs": []}"#)
      == ["t.json: date: '2023-02-29' is not a plausible day (expected YYYY-MM-DD, 1800–2027)"])
    #expect(messages(#"{"date": "2026-11", "drugs": []}"#)
      == ["t.json: date: '2026-11' is not a plausible day (expected YYYY-MM-DD, 1800–2027)"])
    #expect(messages(#"{"date": "2090-01-01", "drugs": []}"#)
      == ["t.json: date: '2090-01-01' is not a plausible day (expected YYYY-MM-DD, 1800–2027)"])
  }
}
