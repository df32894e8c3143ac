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
      // The validator that lets tables be parsed one entry at a time accepts exactly what
      // the tree parser accepts.
      let parsed = (try? JSONParser.parse(bytes)) != nil
      let validated = (try? JSONDocument.withDocument(bytes) { _ in true }) != nil
      #expect(parsed == validated, "round \(round): parser says \(parsed), validator says \(validated)")
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
}
