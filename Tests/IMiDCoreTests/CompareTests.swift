import IMiDCore
import Testing

@Suite struct CompareTests {
  let catalog = BrowserHarness.catalog("mini.json")

  @Test func theSameSettingLinesUpInOneRowAcrossDrugs() {
    let comparison = Comparison.build(catalog, drugs: [0, 1, 2])
    let efficacy = comparison.sections[0]
    #expect(efficacy.title == "Efficacy")
    #expect(efficacy.rows.map(\.label) == ["Fictional setting"])
    #expect(efficacy.rows[0].cells.map(\.count) == [1, 1, 0])
    let safety = comparison.sections[1]
    #expect(safety.rows.map(\.label) == ["Other", "Venous thromboembolism"])
  }

  @Test func aLeaderIsMarkedOnlyWhereTheCatalogueDeclaresTheRowComparable() {
    let comparison = Comparison.build(catalog, drugs: [0, 1])
    let row = comparison.sections[0].rows[0]
    #expect(row.rule?.measure == "response")
    #expect(row.cells[1][0].isLeader)
    #expect(!row.cells[0][0].isLeader)
    #expect(comparison.sections[1].rows.allSatisfy { $0.rule == nil })
    #expect(comparison.sections[1].rows.allSatisfy { $0.cells.allSatisfy { $0.allSatisfy { !$0.isLeader } } })
  }

  @Test func withoutARuleNothingIsRanked() {
    let plain = BrowserHarness.catalog("core-only.json")
    let comparison = Comparison.build(plain, drugs: [0, 1])
    #expect(!comparison.ranksAnything)
    let text = CompareLayout(plain, comparison, width: 80).text.joined(separator: "\n")
    #expect(text.contains("No row is declared comparable"))
    #expect(!text.contains("★"))
    // Core-only entries line up by their own text.
    #expect(comparison.sections[0].rows.map(\.label) == ["Fictional response rate 40% in a made-up test population"])
  }

  @Test func emptyCellsSayNotReported() {
    let text = CompareLayout(catalog, Comparison.build(catalog, drugs: [0, 1, 2]), width: 80).text
    #expect(text.filter { $0.contains("not reported") }.count >= 3)
  }

  @Test func laterResultsAreMarkedAndTheEraNoteSaysWhatWasKnown() {
    let comparison = Comparison.build(catalog, drugs: [0, 1])
    #expect(comparison.sections[0].eraNote == "The 2004 review could know 1 of these 2 results; the 1 marked † was published later.")
    #expect(comparison.sections[0].rows[0].cells[1][0].headline == "FICT-2 · 2010† · N=300")
  }

  @Test func everyLineFitsTheWidth() {
    for width in [20, 40, 80, 160] {
      for drugs in [[0, 1], [0, 1, 2], [3, 2]] {
        for line in CompareLayout(catalog, Comparison.build(catalog, drugs: drugs), width: width).text {
          #expect(TextWidth.cells(of: line) <= width, "\(width) \(drugs): \(line)")
        }
      }
    }
  }

  @Test(arguments: [80, 160])
  func goldenCompare(width: Int) {
    Snapshot.assert(CompareLayout(catalog, Comparison.build(catalog, drugs: [0, 1]), width: width).text, named: "mini-compare-2-\(width)")
    Snapshot.assert(CompareLayout(catalog, Comparison.build(catalog, drugs: [0, 1, 2]), width: width).text, named: "mini-compare-3-\(width)")
  }

  @Test func markdownAndJSON() throws {
    let comparison = Comparison.build(catalog, drugs: [0, 1])
    let markdown = CompareFormats.markdown(catalog, comparison)
    Snapshot.assert(markdown.components(separatedBy: "\n"), named: "mini-compare-2-md")
    #expect(markdown.contains("| Setting | Alphamide | Betamide |"))
    #expect(markdown.contains("★ **FICT-2"))
    let json = try JSONParser.parse(Array(CompareFormats.json(catalog, comparison).utf8))
    #expect(json.typeName == "an object")
  }
}
