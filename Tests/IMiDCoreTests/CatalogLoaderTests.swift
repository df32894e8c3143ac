import IMiDCore
import Testing

@Suite struct CatalogLoaderTests {
  func load(_ json: String) throws(CatalogLoadError) -> LoadedCatalog {
    try CatalogLoader.load(Array(json.utf8), source: "test.json", currentYear: 2026)
  }

  func messages(_ json: String) -> [String] {
    do {
      let loaded = try load(json)
      return loaded.warnings.map(\.description)
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  @Test func aCatalogueWithOnlyTheCoreLoadsAndIndexes() throws {
    let catalog = try CatalogLoader.load(Fixture.bytes("core-only.json"), source: "core-only.json", currentYear: 2026).catalog
    #expect(catalog.drugs.map(\.id) == ["exa", "sam", "tes"])
    #expect(catalog.effect(drugIndex: 0, mechanismIndex: 0)?.grade == .strong)
    #expect(catalog.effect(drugIndex: 0, mechanismIndex: 1)?.grade == Grade.none)
    #expect(catalog.effect(drugIndex: 2, mechanismIndex: 0) == nil)
    #expect(catalog.efficacy(drugIndex: 0).count == 1)
    #expect(catalog.safety(drugIndex: 1).map(\.event) == ["Fictional rash"])
    #expect(catalog.title == nil && catalog.horizon == nil)
  }

  @Test func onlyDrugsIsRequired() throws {
    #expect(try load(#"{"drugs": []}"#).catalog.drugs.isEmpty)
    #expect(messages(#"{"title": "x"}"#) == ["test.json: missing required field 'drugs'"])
  }

  @Test func reportsEveryErrorWithItsPath() {
    let json = """
      {"drugs": [{"id": "a", "name": "A"}, {"id": "a", "name": ""}, {"name": "C"}],
       "mechanisms": [{"id": "m", "name": "M"}],
       "effects": [
         {"drug": "a", "mechanism": "m", "grade": 4, "cite": ["c"]},
         {"drug": "zz", "mechanism": "m", "grade": 1.5, "cite": []},
         {"drug": "a", "mechanism": "m", "grade": 1, "cite": ["nope"]}
       ],
       "efficacy": [{"drug": "a", "cite": ["c"]}],
       "safety": [{"drug": "a", "event": 7, "cite": ["c"]}],
       "citations": [
         {"id": "c", "title": "T", "year": 1700, "pmid": "12a", "doi": "doi:10.1/x"},
         {"id": "d", "title": "T\\u001b[31m", "year": 2001}
       ]}
      """
    #expect(messages(json) == [
      "test.json: citations[0].year: year 1700 is not plausible (expected 1800–2027)",
      "test.json: citations[0].pmid: PMID '12a' must be 1 to 10 digits",
      "test.json: citations[0].doi: DOI 'doi:10.1/x' must start with '10.' and contain '/'",
      "test.json: citations[1].title: text holds U+001B (ESC): control and invisible characters are not allowed",
      "test.json: drugs[1].name: must not be empty",
      "test.json: drugs[2]: missing required field 'id'",
      "test.json: drugs[1].id: duplicate id 'a' (first used at drugs[0])",
      "test.json: effects[0].grade: grade 4 is out of range 0–3",
      "test.json: effects[1].drug: unknown drug 'zz'",
      "test.json: effects[1].grade: 1.5 is not an integer (grade is a whole number 0–3)",
      "test.json: effects[1].cite: at least one citation is required",
      "test.json: effects[2].cite[0]: unknown citation 'nope'",
      "test.json: efficacy[0]: missing required field 'outcome'",
      "test.json: safety[0].event: expected a string, found a number",
    ])
  }

  @Test func reportsASecondEffectForTheSameCell() {
    let json = """
      {"drugs": [{"id": "a", "name": "A"}], "mechanisms": [{"id": "m", "name": "M"}],
       "citations": [{"id": "c", "title": "T", "year": 2000}],
       "effects": [{"drug": "a", "mechanism": "m", "grade": 1, "cite": ["c"]},
                   {"drug": "a", "mechanism": "m", "grade": 2, "cite": ["c"]}]}
      """
    #expect(messages(json) == ["test.json: effects[1]: a second effect for a × m (the first is effects[0])"])
  }

  @Test func unknownKeysAreWarningsNotErrors() throws {
    let loaded = try load(#"{"drugs": [{"id": "a", "name": "A", "colour": "red"}], "extra": 1}"#)
    #expect(loaded.warnings.map(\.description) == [
      "test.json: extra: unknown key 'extra' (ignored)",
      "test.json: drugs[0].colour: unknown key 'colour' (ignored)",
    ])
  }

  @Test func duplicateKeysAreErrors() {
    #expect(messages(#"{"drugs": [{"id": "a", "name": "A", "name": "B"}]}"#) == [
      "test.json: drugs[0].name: duplicate key 'name'"
    ])
  }

  @Test func syntaxErrorsGiveLineAndColumn() {
    #expect(messages("{\"drugs\": [\n  {\"id\": \"a\",}\n]}") == [
      "test.json:2:14: unexpected '}': expected a string key"
    ])
  }

  @Test func approvalDatesMustMatchTheirYear() {
    let json = #"{"drugs": [{"id": "a", "name": "A", "approvals": [{"year": 2005, "date": "2006-12"}, {"year": 2005, "date": "2005-13"}, {"year": 2005, "date": "2005-12-01"}]}]}"#
    #expect(messages(json) == [
      "test.json: drugs[0].approvals[0].date: date '2006-12' must be YYYY-MM or YYYY-MM-DD in the approval's year 2005",
      "test.json: drugs[0].approvals[1].date: date '2005-13' must be YYYY-MM or YYYY-MM-DD in the approval's year 2005",
    ])
  }

  @Test func theTopLevelMustBeAnObject() {
    #expect(messages("[1]") == ["test.json: the top level must be a JSON object, found an array"])
    #expect(messages(#"{"drugs": {}}"#) == ["test.json: drugs: expected an array, found an object"])
  }
}
