import IMiDCatalogData
import IMiDCore
import Testing

/// Every text rendering against golden files, for the built-in catalogue and a fixture that
/// exercises wide characters and long names.
@Suite struct TextViewTests {
  static let builtin = BrowserHarness.builtin
  let mini = BrowserHarness.catalog("mini.json")

  @Test(arguments: [40, 80, 120])
  func builtinViews(width: Int) {
    let catalog = Self.builtin
    Snapshot.assert(DrugListView.lines(catalog, width: width), named: "list-\(width)")
    Snapshot.assert(MatrixView.lines(catalog, width: width), named: "matrix-\(width)")
    for (index, drug) in catalog.drugs.enumerated() {
      Snapshot.assert(DrugDetailView.lines(catalog, drugIndex: index, width: width), named: "show-\(drug.id)-\(width)")
    }
    if let review = catalog.reviewCitation {
      Snapshot.assert(CitationView.lines(catalog, citation: review, width: width), named: "cite-review-\(width)")
    }
  }

  @Test(arguments: [30, 80])
  func fixtureViews(width: Int) {
    Snapshot.assert(DrugListView.lines(mini, width: width), named: "mini-list-\(width)")
    Snapshot.assert(MatrixView.lines(mini, width: width), named: "mini-matrix-\(width)")
    Snapshot.assert(DrugDetailView.lines(mini, drugIndex: 1, width: width), named: "mini-show-beta-\(width)")
  }

  @Test func everyLineFitsItsWidth() {
    for width in [20, 33, 57, 80, 131] {
      var all = DrugListView.lines(Self.builtin, width: width) + MatrixView.lines(Self.builtin, width: width)
      for index in Self.builtin.drugs.indices { all += DrugDetailView.lines(Self.builtin, drugIndex: index, width: width) }
      for citation in Self.builtin.citations { all += CitationView.lines(Self.builtin, citation: citation, width: width) }
      for line in all { #expect(TextWidth.cells(of: line) <= width, "\(width): \(line)") }
    }
  }

  @Test func wideMatricesContinueInBlocksThatRepeatTheDrugColumn() {
    let lines = MatrixView.lines(mini, width: 40)
    #expect(lines.filter { $0.hasPrefix("Drug") }.count >= 2)
    #expect(lines.contains { $0.contains("Late") })
  }

  @Test func laterFindingsAreMarked() {
    let lines = MatrixView.lines(mini, width: 80).joined(separator: "\n")
    #expect(lines.contains("+++†"))
    #expect(lines.contains("† published after 2004"))
    let show = DrugDetailView.lines(mini, drugIndex: 1, width: 80).joined(separator: "\n")
    #expect(show.contains("2010†"))
    #expect(show.contains("2003 "))
  }

  @Test func referencesAreNumberedInOrderOfFirstUse() {
    let show = DrugDetailView.lines(mini, drugIndex: 1, width: 100)
    let references = show.drop { !$0.hasPrefix("Sources (") }
    #expect(references.dropFirst().first?.hasPrefix("[1] Doe J, Roe R, et al.") == true, "\(show)")
    #expect(references.dropFirst(2).first?.contains("A fictional review") == true, "\(show)")
    #expect(show.contains { $0.contains("[1,2]") || $0.contains("[1,3]") })
  }

  @Test(arguments: [80, 160])
  func builtinCompare(width: Int) {
    let catalog = Self.builtin
    Snapshot.assert(CompareLayout(catalog, Comparison.build(catalog, drugs: [0, 1]), width: width).text, named: "compare-2-\(width)")
    Snapshot.assert(CompareLayout(catalog, Comparison.build(catalog, drugs: [0, 1, 2]), width: width).text, named: "compare-3-\(width)")
  }

  @Test(arguments: [(80, 24), (120, 40), (20, 6)])
  func builtinBrowserScreens(width: Int, height: Int) {
    var browser = BrowserHarness(Self.builtin, width: width, height: height)
    Snapshot.assert(browser.screen, named: "browser-\(width)x\(height)-start")
    browser.send(.character("j"), .tab, .enter)
    Snapshot.assert(browser.screen, named: "browser-\(width)x\(height)-lenalidomide-tnf")
  }
}
