import Foundation
import Testing

/// `Resources/catalog.schema.json` against `imid validate`, with an independent validator
/// (Python's jsonschema, installed into .build/pyenv by scripts/test-deps.sh, which `make test`
/// runs; `scripts/schema-check.py` calls it).
///
/// Agreement means: every file the schema rejects, imid rejects too (so every file imid accepts,
/// the schema accepts). The other way round there are exceptions, which a schema cannot express
/// and which are listed here with the reason, so the list stays honest: a new exception fails
/// the test until it is added, and a listed one that the schema starts to catch fails too.
@Suite struct SchemaTests {
  static let root = Binary.packageRoot
  static let schema = root.appendingPathComponent("Resources/catalog.schema.json")
  static let python = root.appendingPathComponent(".build/pyenv/bin/python")
  static let checker = root.appendingPathComponent("scripts/schema-check.py")
  static let broken = "Tests/IMiDEndToEndTests/BrokenCatalogs/"

  /// Broken catalogues that imid refuses and the schema accepts, and why a schema cannot see it.
  static let semanticOnly: [String: String] = [
    "09-duplicate-drug-id.json": "ids unique within a table",
    "10-unknown-mechanism.json": "a reference to a mechanism id",
    "11-unknown-citation.json": "a reference to a citation id",
    "17-implausible-year.json": "a year after next year (the bound moves with the calendar)",
    "25-duplicate-key.json": "a key twice in one object (JSON parsers keep the last)",
    "26-two-effects-one-cell.json": "one effect per drug x mechanism cell",
    "37-evidence-unknown-drug.json": "an evidence ref to a drug id",
    "38-evidence-cell-not-graded.json": "an evidence ref to a cell some effect grades",
    "39-evidence-unknown-efficacy-id.json": "an evidence ref to an efficacy id",
    "40-evidence-unknown-safety-id.json": "an evidence ref to a safety id",
    "41-evidence-unknown-citation.json": "an evidence ref to a citation id",
    "42-evidence-unknown-event.json": "an evidence ref to an event id",
    "47-impossible-event-date.json": "a day the month does not have (February 30)",
    "50-duplicate-claim-id.json": "ids unique within a table",
    "51-duplicate-efficacy-id.json": "ids unique within a table",
    "53-first-marketed-date.json": "a date in its entry's own year",
  ]

  /// The example catalogue in docs/catalog-format.md: the first JSON block after its heading.
  static func docsExample() throws -> String {
    let docs = try String(contentsOf: root.appendingPathComponent("docs/catalog-format.md"), encoding: .utf8)
    let heading = try #require(docs.range(of: "## A complete example"), "docs/catalog-format.md has no complete example")
    let open = try #require(docs.range(of: "```json\n", range: heading.upperBound..<docs.endIndex))
    let close = try #require(docs.range(of: "\n```", range: open.upperBound..<docs.endIndex))
    return String(docs[open.upperBound..<close.lowerBound])
  }

  /// Catalogues made here, each breaking one rule the schema states (or, for the good ones, none).
  static let made: [(name: String, json: String, valid: Bool)] = [
    ("good-core-only.json", #"{"drugs": [{"id": "a", "name": "A"}]}"#, true),
    ("good-unknown-keys.json", #"{"drugs": [{"id": "a", "name": "A", "colour": "red"}], "extra": [1]}"#, true),
    ("good-unknown-citation-kind.json",
      #"{"drugs": [{"id": "a", "name": "A", "cite": ["c"]}], "citations": [{"id": "c", "title": "T", "year": 2001, "kind": "poster"}]}"#, true),
    ("bad-blank-name.json", #"{"drugs": [{"id": "a", "name": "  "}]}"#, false),
    ("bad-version-blank.json", #"{"version": "", "drugs": []}"#, false),
    ("bad-date-shape.json", #"{"date": "2026-11", "drugs": []}"#, false),
    ("bad-measure-value.json",
      #"{"drugs": [{"id": "a", "name": "A"}], "citations": [{"id": "c", "title": "T", "year": 2001}], "efficacy": [{"drug": "a", "outcome": "o", "cite": ["c"], "measure": {"name": "ORR", "value": "60%"}}]}"#, false),
    ("bad-rule-section.json",
      #"{"drugs": [], "citations": [{"id": "c", "title": "T", "year": 2001}], "comparable": [{"section": "dosing", "group": "g", "measure": "m", "better": "higher", "cite": ["c"]}]}"#, false),
    ("bad-boxed-type.json",
      #"{"drugs": [{"id": "a", "name": "A"}], "citations": [{"id": "c", "title": "T", "year": 2001}], "safety": [{"drug": "a", "event": "e", "cite": ["c"], "boxed": 1}]}"#, false),
    ("bad-year-too-early.json", #"{"horizon": 1700, "drugs": []}"#, false),
    ("bad-pmcid.json", #"{"drugs": [], "citations": [{"id": "c", "title": "T", "year": 2001, "pmcid": "123"}]}"#, false),
  ]

  @Test func theSchemaAndImidAgree() throws {
    guard FileManager.default.isExecutableFile(atPath: Self.python.path) else {
      Issue.record("no \(Self.python.path): run 'sh scripts/test-deps.sh' (make test does) to install jsonschema")
      return
    }
    let scratch = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    var files: [(path: String, expectedValid: Bool?)] = [("Resources/catalog.json", true)]
    let example = scratch.appendingPathComponent("docs-example.json")
    try Self.docsExample().write(to: example, atomically: true, encoding: .utf8)
    files.append((example.path, true))
    for made in Self.made {
      let url = scratch.appendingPathComponent(made.name)
      try made.json.write(to: url, atomically: true, encoding: .utf8)
      files.append((url.path, made.valid))
    }
    for name in BrokenCatalogTests.cases { files.append((Self.broken + name, false)) }

    let check = Process()
    check.executableURL = Self.python
    check.arguments = [Self.checker.path, Self.schema.path] + files.map(\.path)
    check.currentDirectoryURL = Self.root
    let (out, err) = try Shell.capture(check, in: scratch)
    #expect(check.terminationStatus == 0, "schema-check: \(String(decoding: err, as: UTF8.self))")
    var verdicts: [String: (verdict: String, reason: String)] = [:]
    for line in String(decoding: out, as: UTF8.self).split(separator: "\n") {
      let parts = line.split(separator: "\t", maxSplits: 2).map(String.init)
      if parts.count >= 2 { verdicts[parts[0]] = (parts[1], parts.count > 2 ? parts[2] : "") }
    }

    var semantic: Set<String> = []
    for file in files {
      let schema = try #require(verdicts[file.path], "no verdict for \(file.path)")
      let imid = try Binary.run(["validate", file.path])
      let imidAccepts = imid.status == 0
      let schemaAccepts = schema.verdict == "valid"
      // The direction that must always hold.
      if !schemaAccepts { #expect(!imidAccepts, "the schema rejects \(file.path) (\(schema.reason)) but imid accepts it") }
      if imidAccepts { #expect(schemaAccepts, "imid accepts \(file.path) but the schema says \(schema.verdict): \(schema.reason)") }
      if let expected = file.expectedValid {
        #expect(imidAccepts == expected, "imid on \(file.path): \(imid.stderr)")
        if file.path.hasPrefix(scratch.path) {
          // A made file tests the schema: it must catch the one rule the file breaks.
          #expect(schemaAccepts == expected, "schema on \(file.path): \(schema.verdict) \(schema.reason)")
        }
      }
      if schemaAccepts && !imidAccepts { semantic.insert(String(file.path.dropFirst(Self.broken.count))) }
    }
    #expect(semantic == Set(Self.semanticOnly.keys),
      "exceptions changed: new \(semantic.subtracting(Self.semanticOnly.keys).sorted()), gone \(Set(Self.semanticOnly.keys).subtracting(semantic).sorted())")
  }
}
