import IMiDCatalogData
import IMiDCore
import Testing

/// A seeded mutation loop over the catalogue decoder (the fallback the issue allows where
/// libFuzzer is not wired in): thousands of damaged copies of real catalogues must each load
/// or be refused with located messages, never crash, hang or return an unsafe catalogue.
@Suite struct CatalogMutationFuzzTests {
  static let seeds: [[UInt8]] = [
    BuiltinCatalog.bytes, Fixture.bytes("mini.json"), Fixture.bytes("core-only.json"),
  ]

  @Test(arguments: [UInt64(11), 12, 13, 14])
  func damagedCataloguesAreLoadedOrRefusedCleanly(seed: UInt64) {
    var random = BrowserFuzzTests.SplitMix(state: seed)
    let interesting: [UInt8] = Array("{}[]\",:\\0-9eE.+ntfu\u{1B}".utf8) + [0x00, 0x7F, 0xC3, 0xFF, 0x0A]
    for round in 0..<300 * FuzzScale.factor {
      var bytes = Self.seeds[Int.random(in: 0..<Self.seeds.count, using: &random)]
      for _ in 0..<Int.random(in: 1...8, using: &random) {
        guard !bytes.isEmpty else { break }
        let at = Int.random(in: 0..<bytes.count, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: bytes[at] = interesting[Int.random(in: 0..<interesting.count, using: &random)]
        case 1: bytes.remove(at: at)
        case 2: bytes.insert(interesting[Int.random(in: 0..<interesting.count, using: &random)], at: at)
        default: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...200, using: &random)))
        }
      }
      // The scanner's two ways through a document, skipping (the check that lets tables be
      // parsed one entry at a time) and parsing, give the same answer and the same error.
      let parsed = Self.syntaxError { () throws(JSONSyntaxError) in _ = try JSONParser.parse(bytes) }
      let skipped = Self.syntaxError { () throws(JSONSyntaxError) in try JSONDocument.withDocument(bytes) { _ in } }
      #expect(parsed == skipped, "round \(round): parsing and skipping disagree")
      do {
        let loaded = try CatalogLoader.load(bytes, source: "fuzz.json", currentYear: 2026)
        // Whatever loads is safe to show.
        for drug in loaded.catalog.drugs {
          #expect(TextSafety.firstUnsafeScalar(in: drug.name) == nil, "round \(round)")
        }
      } catch {
        #expect(!error.errors.isEmpty, "round \(round): refused without an error")
        for diagnostic in error.diagnostics {
          #expect(diagnostic.description.hasPrefix("fuzz.json"), "round \(round): \(diagnostic)")
          #expect(!diagnostic.description.contains("\n"), "round \(round): a message spans lines")
        }
      }
    }
  }

  /// The error `body` throws, or nil.
  static func syntaxError(_ body: () throws(JSONSyntaxError) -> Void) -> JSONSyntaxError? {
    do {
      try body()
      return nil
    } catch {
      return error
    }
  }

  /// Odd but valid catalogues (mutated key names and values, see `CatalogValueMutator`) are
  /// exported: every view in every format, and text in ASCII. Nothing may trap, no output may
  /// carry ESC, BEL or a C1 control, and no CSV cell may start a spreadsheet formula.
  @Test(arguments: [UInt64(21), 22, 23, 24])
  func oddButValidCataloguesExportInEveryFormat(seed: UInt64) throws {
    var mutator = CatalogValueMutator(random: BrowserFuzzTests.SplitMix(state: seed))
    let trees = try Self.seeds.dropFirst().map { try JSONParser.parse($0) }
    var exported = 0
    for round in 0..<100 * FuzzScale.factor {
      let tree = trees[Int.random(in: 0..<trees.count, using: &mutator.random)]
      let mutated = mutator.mutate(tree, count: Int.random(in: 1...6, using: &mutator.random))
      let bytes = Array(JSONWriter.document(mutated).utf8)
      guard let catalog = try? CatalogLoader.load(bytes, source: "fuzz.json", currentYear: 2026).catalog else { continue }
      exported += 1
      for view in Self.exportViews(catalog) {
        for (format, ascii) in ExportFormat.allCases.map({ ($0, false) }) + [(.text, true)] {
          let contents = Exporter.export(catalog, view, format: format, width: 40 + round % 100, ascii: ascii).contents
          let bad = contents.unicodeScalars.first { $0.value == 0x1B || $0.value == 0x07 || (0x80...0x9F).contains($0.value) }
          #expect(bad == nil, "round \(round): \(view) \(format) holds \(bad.map { TextSafety.describe($0) } ?? "")")
          if format == .csv { Self.expectNeutralised(contents, "round \(round): \(view)") }
        }
      }
    }
    #expect(exported >= 20 * FuzzScale.factor, "too few mutated catalogues loaded (\(exported)): the fuzzer tests little")
  }

  /// Every export view of a catalogue: the list, the matrix, a comparison of the first drugs,
  /// the citation pane for a source, a drug and a cell, and a drug in full.
  static func exportViews(_ catalog: Catalog) -> [ExportView] {
    var views: [ExportView] = [.drugs, .matrix, .compare(Array(catalog.drugs.indices.prefix(3))), .citation(.drug(0)),
      .citation(.cell(drug: 0, mechanism: 0)), .drug(0), .citation(.none)]
    if let first = catalog.citations.first { views.append(.citation(.citation(first.id))) }
    return views
  }

  /// No CSV cell begins with `=`, `+`, `-`, `@`, tab or CR unless it is a plain number.
  static func expectNeutralised(_ csv: String, _ context: String) {
    for cell in LookupAndFormatTests.parseCSV(csv).joined() {
      guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { continue }
      let isNumber = cell.allSatisfy { "0123456789+-.eE".contains($0) } && Double(cell) != nil
      #expect(isNumber, "\(context): CSV cell \(cell.prefix(40)) is not neutralised")
    }
  }
}
