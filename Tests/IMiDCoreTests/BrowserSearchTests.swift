import IMiDCore
import Testing

/// `/` searches the drugs as you type; Enter keeps the match, Esc goes back; n and N repeat.
@Suite struct BrowserSearchTests {
  let catalog = BrowserHarness.catalog("mini.json")

  @Test func typingSelectsTheFirstMatchAndShowsTheCount() {
    var browser = BrowserHarness(catalog)
    browser.type("/")
    #expect(browser.state.search != nil)
    #expect(browser.screen[23].hasPrefix(" /▏"))
    browser.type("BET")
    #expect(browser.state.drugIndex == 1, "case is ignored")
    #expect(browser.state.detail == .drug(1))
    #expect(browser.screen[23].contains("/BET▏"))
    #expect(browser.screen[23].hasSuffix("1 drug · Tab: everywhere"))
    Snapshot.assert(browser.screen, named: "browser-mini-80x24-search")
    browser.send(.enter)
    #expect(browser.state.search == nil)
    #expect(browser.state.drugIndex == 1)
    #expect(browser.state.message == "1 drug matches “BET”: n next, N previous")
  }

  @Test func escapeGoesBackToWhereTheSearchStarted() {
    var browser = BrowserHarness(catalog)
    browser.type("j/gamma")
    #expect(browser.state.drugIndex == 2)
    browser.send(.escape)
    #expect(browser.state.search == nil)
    #expect(browser.state.drugIndex == 1)
    #expect(browser.state.lastSearch == nil)
  }

  @Test func codeNamesBrandsAndWideTextMatchButNotAcrossFields() {
    var browser = BrowserHarness(catalog)
    browser.type("/xx-2")
    #expect(browser.state.drugIndex == 1)
    browser.send(.control("u"))
    browser.type("alphex")
    #expect(browser.state.drugIndex == 0)
    browser.send(.control("u"))
    browser.type("宽")
    #expect(browser.state.drugIndex == 3)
    let index = catalog.drugSearch
    #expect(index.matchCount(DrugSearchIndex.fold("amidexx")) == 0, "the name and code are separate fields")
    #expect(index.matchCount(DrugSearchIndex.fold("amide")) == 3)
  }

  @Test func noMatchKeepsTheSelectionAndSaysSo() {
    var browser = BrowserHarness(catalog)
    browser.type("j/zzz")
    #expect(browser.state.drugIndex == 1)
    #expect(browser.screen[23].hasSuffix("no drug · Tab: everywhere"))
    // Enter with no drug matching looks everywhere: a page that says nothing matches.
    browser.send(.enter)
    #expect(browser.state.reader?.page.subject == .search("zzz"))
    #expect(browser.text.contains("Nothing in the catalogue matches “zzz”"))
    browser.type("q")
    browser.type("n")
    #expect(browser.state.message == "No drug matches “zzz”")
    #expect(browser.state.drugIndex == 1)
  }

  @Test func nAndShiftNStepThroughMatchesAndWrap() {
    var browser = BrowserHarness(catalog)
    browser.type("n")
    #expect(browser.state.message == "No search yet: / searches the drugs")
    browser.type("/amide")
    browser.send(.enter)
    #expect(browser.state.drugIndex == 0)
    browser.type("n")
    #expect(browser.state.drugIndex == 1)
    browser.type("n")
    #expect(browser.state.drugIndex == 2)
    #expect(browser.state.message == nil)
    browser.type("n")
    #expect(browser.state.drugIndex == 0)
    #expect(browser.state.message == "Search wrapped to the top")
    browser.type("N")
    #expect(browser.state.drugIndex == 2)
    #expect(browser.state.message == "Search wrapped to the bottom")
    browser.type("/alphamide")
    browser.send(.enter)
    browser.type("n")
    #expect(browser.state.message == "Only this drug matches “alphamide”")
  }

  @Test func backspaceEditsAndOnAnEmptyQueryCloses() {
    var browser = BrowserHarness(catalog)
    browser.type("/bx")
    #expect(browser.state.search?.matches == 0)
    browser.send(.backspace)
    #expect(browser.state.search?.query == "b")
    #expect(browser.state.drugIndex == 1)
    browser.send(.backspace, .backspace)
    #expect(browser.state.search == nil)
  }

  @Test func searchingFromTheMatrixMovesTheRowAndKeepsTheColumn() {
    var browser = BrowserHarness(catalog)
    browser.send(.tab, .character("l"))
    browser.type("/gam")
    #expect(browser.state.focus == .matrix)
    #expect(browser.state.detail == .cell(drug: 2, mechanism: 1))
  }

  @Test func aHundredThousandDrugsAreSearchedWhole() {
    var browser = BrowserHarness(BrowserHarness.numberedDrugs(100_000))
    browser.type("/drug 99999")
    #expect(browser.state.drugIndex == 99_999)
    #expect(browser.text.contains("›Drug 99999"))
    #expect(browser.state.search?.matches == 1)
    browser.send(.control("u"))
    browser.type("9999")
    #expect(browser.state.search?.matches == 19, "9999, 19999 … 99999 and 99990 … 99998")
    #expect(browser.state.drugIndex == 9_999)
  }
}
