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
    #expect(markdown.contains("### At a glance"))
    #expect(markdown.contains("★ **FICT-2"))
    let json = try JSONParser.parse(Array(CompareFormats.json(catalog, comparison).utf8))
    #expect(json.typeName == "an object")
  }
}

/// The compare summary: one row per setting and adverse event across the drugs, goldens at
/// three widths for two and three drugs, on the built-in catalogue and a core-only one.
@Suite struct CompareSummaryTests {
  @Test(arguments: [80, 120, 200])
  func goldenSummaries(width: Int) {
    let builtin = BrowserHarness.builtin
    let core = BrowserHarness.catalog("core-only.json")
    for (name, catalog) in [("builtin", builtin), ("core", core)] {
      for drugs in [[0, 1], [0, 1, 2]] where drugs.allSatisfy(catalog.drugs.indices.contains) {
        Snapshot.assert(CompareExport(catalog, drugs: drugs).summaryText(width: width),
                        named: "compare-summary-\(name)-\(drugs.count)-\(width)")
      }
    }
  }

  @Test func eachSettingAndEventIsOneRowAcrossTheDrugs() throws {
    let catalog = BrowserHarness.builtin
    let summary = CompareSummary(Comparison.build(catalog, drugs: [0, 1, 2]))
    let settings = Set((0..<3).flatMap { catalog.efficacy(drugIndex: $0).map { $0.setting ?? $0.outcome } })
    let events = Set((0..<3).flatMap { catalog.safety(drugIndex: $0).map { $0.category ?? $0.event } })
    let efficacy = summary.sections[0].rows.map(\.label), safety = summary.sections[1].rows.map(\.label)
    #expect(Set(efficacy) == settings && efficacy.count == settings.count)
    #expect(Set(safety) == events && safety.count == events.count)
    // Every cell counts its drug's results in that row, and a cell with results has a headline.
    for (s, section) in summary.sections.enumerated() {
      for (r, row) in section.rows.enumerated() {
        for (c, cell) in row.cells.enumerated() {
          #expect(cell.count == summary.comparison.sections[s].rows[r].cells[c].count)
          #expect((cell.headline == nil) == (cell.count == 0))
        }
      }
    }
  }

  @Test func theHeadlineIsFlaggedElseTheLargestRandomisedElseTheMostRecent() {
    func entry(_ year: Int, n: Int? = nil, randomised: Bool = false, flagged: Bool = false) -> Comparison.Entry {
      var entry = Comparison.Entry(headline: "", body: "", year: year, isLater: false, cite: [], measure: nil)
      entry.n = n
      entry.isRandomised = randomised
      entry.isHeadline = flagged
      return entry
    }
    #expect(CompareSummary.headline(of: []) == nil)
    #expect(CompareSummary.headline(of: [entry(2001), entry(2009), entry(2005)]) == 1)
    #expect(CompareSummary.headline(of: [entry(2001, n: 900), entry(2009), entry(2005, n: 300, randomised: true)]) == 2)
    #expect(CompareSummary.headline(of: [entry(2001, n: 100, randomised: true), entry(2002, n: 400, randomised: true)]) == 1)
    #expect(CompareSummary.headline(of: [entry(2001, n: 100, randomised: true), entry(1999, flagged: true)]) == 1)
  }

  @Test func barsOnlyInRowsTheCatalogueDeclaresComparable() {
    let catalog = BrowserHarness.catalog("mini.json")
    let text = CompareExport(catalog, drugs: [0, 1]).summaryText(width: 120).joined(separator: "\n")
    let blocks = Set("▏▎▍▌▋▊▉█")
    let barred = text.split(separator: "\n").filter { $0.contains { blocks.contains($0) } }
    #expect(!barred.isEmpty, "the mini catalogue declares a comparable row, which gets bars:\n\(text)")
    #expect(barred.allSatisfy { $0.contains("★") }, "a bar outside a comparable row:\n\(barred.joined(separator: "\n"))")
    let builtin = CompareExport(BrowserHarness.builtin, drugs: [0, 1, 2]).summaryText(width: 200).joined()
    #expect(!builtin.contains { blocks.contains($0) }, "the built-in catalogue declares nothing comparable")
    #expect(CompareSummaryLayout.bar(0) == "    " && CompareSummaryLayout.bar(100) == "████" && CompareSummaryLayout.bar(50) == "██  ")
  }
}
