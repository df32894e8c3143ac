import IMiDCore
import Testing

/// The mouse goes where keys go: an open prompt, help, the reader or the compare view gets it
/// before the panes hidden under them.
@Suite struct MouseRoutingTests {
  let catalog = BrowserHarness.builtin

  @Test func theWheelInTheCompareViewMovesItsRowsNotTheHiddenDrugs() {
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.type("c")
    let drug = browser.state.drugIndex
    browser.send(.mouse(x: 40, y: 10, button: .wheelDown))
    #expect(browser.state.drugIndex == drug, "the hidden drug selection moved")
    #expect(browser.state.compare?.summarySelection.row == 3, "three rows a notch")
  }

  @Test func aClickSelectsASummaryCellAndADoubleClickOpensItsRow() throws {
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.type("c")
    // The relapsed/refractory myeloma row, the second drug's column.
    var references = ReferenceList()
    let layout = CompareSummaryLayout(catalog, CompareSummary(Comparison.build(catalog, drugs: [0, 1])), width: 120,
                                      references: &references)
    let target = CompareLayout.EntryRef(section: 0, row: 1, column: 1, entry: 0)
    let line = try #require(layout.line(of: target))
    let x = try #require(layout.lines[line].first { $0.entry.map { ($0.row, $0.column) == (1, 1) } ?? false }?.x)
    browser.send(.mouse(x: x + 2, y: line + 1, button: .left))
    #expect(browser.state.compare?.summarySelection.row == 1)
    #expect(browser.state.compare?.summarySelection.column == 1)
    browser.send(.mouse(x: x + 2, y: line + 1, button: .double))
    #expect(browser.state.compare?.row?.row == 1, "a double click opens the row")
  }

  @Test func theReaderTakesClicksAndDoubleClicksFollow() {
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.type("r")
    let document = ReaderPage.build(catalog, .review, width: 120)
    let line = document.lineRange(ofItem: 3).lowerBound
    browser.send(.mouse(x: 10, y: line + 1, button: .left))
    #expect(browser.state.reader?.page.selection == 3)
    browser.send(.mouse(x: 10, y: line + 1, button: .double))
    #expect(browser.state.reader?.page.subject == .claim(3))
    #expect(browser.state.drugIndex == 0, "the panes under the reader did not move")
  }

  @Test func helpAndPromptsSwallowTheMouse() {
    var browser = BrowserHarness(catalog, width: 80, height: 24)
    browser.type("?")
    browser.send(.mouse(x: 5, y: 4, button: .left))
    #expect(browser.state.showsHelp && browser.state.drugIndex == 0)
    browser.send(.mouse(x: 5, y: 4, button: .wheelDown))
    #expect(browser.state.helpScroll == 3)
    browser.type("q")
    browser.type("/")
    browser.send(.mouse(x: 5, y: 4, button: .left))
    #expect(browser.state.search != nil && browser.state.drugIndex == 0)
  }

  @Test func aDoubleClickOnADrugOpensItsPage() {
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.send(.mouse(x: 5, y: 3, button: .double))
    #expect(browser.state.drugIndex == 1)
    #expect(browser.state.reader?.page.subject == .detail(.drug(1)), "a double click is Enter: the drug's page")
  }
}
