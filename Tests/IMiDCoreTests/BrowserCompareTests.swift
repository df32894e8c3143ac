import IMiDCore
import Testing

@Suite struct BrowserCompareTests {
  let catalog = BrowserHarness.catalog("mini.json")

  @Test func spaceMarksDrugsVisiblyAndCComparesThem() {
    var browser = BrowserHarness(catalog)
    browser.send(.character(" "), .character("j"), .character("j"), .character(" "))
    #expect(browser.state.marked == [0, 2])
    #expect(browser.screen[2].hasPrefix("┃ ●Alphamide"))
    #expect(browser.screen[4].hasPrefix("┃›●Gammamide"))
    #expect(browser.screen[23].contains("Marked Gammamide, a long fictional name (2 marked): c compares them"))
    browser.type("c")
    #expect(browser.state.compare?.drugs == [0, 2])
    #expect(browser.screen[0] == "Compare · Alphamide · Gammamide, a long fictional name · summary")
    let text = browser.text
    #expect(text.contains("Efficacy ·") && text.contains("Safety ·"))
    #expect(text.contains("│ —"), "an empty cell shows —:\n\(text)")
  }

  @Test func withFewerThanTwoMarkedItComparesTheSelectedDrugAndTheNext() {
    var browser = BrowserHarness(catalog)
    browser.send(.character("j"), .character("c"))
    #expect(browser.state.compare?.drugs == [1, 2])
    browser.send(.backspace, .character("G"), .character("c"))
    #expect(browser.state.compare?.drugs == [2, 3])
  }

  @Test func atMostThreeDrugsCanBeMarked() {
    var browser = BrowserHarness(catalog)
    browser.send(.character(" "), .down, .character(" "), .down, .character(" "), .down, .character(" "))
    #expect(browser.state.marked == [0, 1, 2])
    #expect(browser.screen[23].contains("Three drugs are marked"))
    browser.send(.up, .character(" "))
    #expect(browser.state.marked == [0, 1])
  }

  @Test func theSummaryOpensARowsDetailsAndBackspaceReturns() {
    var browser = BrowserHarness(catalog)
    browser.send(.character(" "), .down, .character(" "), .character("c"))
    #expect(browser.state.compare?.row == nil, "compare opens on the summary")
    #expect(browser.state.keyContext == .summary)
    #expect(browser.state.compare?.summarySelection == CompareLayout.EntryRef(section: 0, row: 0, column: 0, entry: 0))
    browser.type("l")
    #expect(browser.state.compare?.summarySelection.column == 1)
    // Enter: the row's results in full, on the selected drug's column.
    browser.send(.enter)
    #expect(browser.state.compare?.row == CompareLayout.EntryRef(section: 0, row: 0, column: 0, entry: 0))
    #expect(browser.state.compare?.selection.column == 1)
    #expect(browser.state.keyContext == .compare)
    browser.send(.enter)
    #expect(browser.state.compare?.citation == "late2010")
    #expect(browser.text.contains("doi:10.0000/fict.2"))
    browser.send(.backspace)
    #expect(browser.state.compare?.citation == nil)
    browser.send(.backspace)
    #expect(browser.state.compare?.row == nil, "Backspace returns to the summary")
    #expect(browser.state.compare?.summarySelection.column == 1, "with the selection kept")
    // ] jumps to Safety; its first row's cell for Betamide is empty.
    browser.type("]")
    #expect(browser.state.compare?.summarySelection.section == 1)
    browser.send(.enter)
    browser.send(.enter)
    #expect(browser.state.compare?.citation == nil)
    #expect(browser.screen[23].contains("Not reported"))
    browser.type("q")
    #expect(browser.state.compare?.row == nil, "q in the details returns to the summary")
    browser.type("[")
    #expect(browser.state.compare?.summarySelection.section == 0)
    browser.type("q")
    #expect(browser.state.compare == nil)
    #expect(!browser.state.shouldQuit)
  }

  @Test func theCompareViewScrollsToKeepTheSelectionVisible() {
    var browser = BrowserHarness(catalog, width: 60, height: 10)
    browser.send(.character("j"), .character("c"))
    for _ in 0..<5 { browser.type("j") }
    #expect((browser.state.compare?.summaryScroll ?? 0) > 0)
    browser.type("g")
    #expect(browser.state.compare?.summaryScroll == 0)
    // The details of a long row (the built-in catalogue's relapsed myeloma) scroll too.
    var details = BrowserHarness(BrowserHarness.builtin, width: 80, height: 12)
    details.type("cj")
    details.send(.enter)
    for _ in 0..<5 { details.type("j") }
    let scrolled = details.state.compare?.scroll ?? 0
    #expect(scrolled > 2)
    details.type("g")
    #expect((details.state.compare?.scroll ?? 0) < 2, "g goes back to the top (keeping the first entry whole)")
    #expect(details.state.compare?.selection == CompareLayout.EntryRef(section: 0, row: 0, column: 0, entry: 0))
  }

  @Test func compareNeedsTwoDrugs() {
    var browser = BrowserHarness(Catalog(drugs: [Drug(id: "a", name: "A")]))
    browser.type("c")
    #expect(browser.state.compare == nil)
    #expect(browser.screen[23].contains("Compare needs two drugs"))
  }

  @Test(arguments: [(80, 24), (160, 40)])
  func goldenCompareScreens(width: Int, height: Int) {
    var browser = BrowserHarness(catalog, width: width, height: height)
    browser.send(.character(" "), .down, .character(" "), .down, .character(" "))
    Snapshot.assert(browser.screen, named: "browser-mini-\(width)x\(height)-marked")
    browser.send(.character("c"), .character("l"))
    Snapshot.assert(browser.screen, named: "browser-mini-\(width)x\(height)-compare")
    browser.send(.enter)
    Snapshot.assert(browser.screen, named: "browser-mini-\(width)x\(height)-compare-row")
    browser.send(.enter)
    Snapshot.assert(browser.screen, named: "browser-mini-\(width)x\(height)-compare-source")
  }
}

/// q goes back from nested views and quits only at the top; Q quits from anywhere; G in the
/// compare details reaches the reference list.
@Suite struct QuitAndEndTests {
  @Test func qClosesAnOpenedSourceThenQuitsAndQQuitsFromAnywhere() {
    var browser = BrowserHarness(BrowserHarness.builtin, width: 120, height: 40)
    browser.type(" j ")
    browser.send(.tab, .enter, .enter)        // a drug's row, its cell, a source in full
    guard case .citation = browser.state.detail else { Issue.record("no source opened"); return }
    browser.type("q")
    #expect(!browser.state.shouldQuit, "q closed the source instead of quitting")
    #expect(browser.state.detail == .cell(drug: 1, mechanism: 0))
    #expect(browser.state.marked == [0, 1], "marks kept")
    browser.type("q")
    #expect(browser.state.shouldQuit)

    var reader = BrowserHarness(BrowserHarness.builtin, width: 120, height: 40)
    reader.type("r")
    reader.send(.enter)
    reader.type("Q")
    #expect(reader.state.shouldQuit, "Q quits from inside the reader")
  }

  @Test func gInTheDetailsGoesToTheReferenceList() {
    var browser = BrowserHarness(BrowserHarness.builtin, width: 120, height: 40)
    browser.type("cj")
    browser.send(.enter)
    browser.type("G")
    let text = browser.text
    #expect(text.contains("References"), "the end of the details is the reference list:\n\(text)")
    let lines = browser.screen.dropFirst().dropLast()
    #expect(lines.contains { $0.hasPrefix("[") }, "reference lines on screen")
  }
}
