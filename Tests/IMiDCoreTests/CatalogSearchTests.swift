import IMiDCore
import Testing

/// `/` then Tab: everything in the catalogue that matches, ignoring case, accents and Greek.
@Suite struct CatalogSearchTests {
  let catalog = BrowserHarness.builtin

  @Test func anAuthorATrialNameAndAGreekLetterAreFound() {
    let author = CatalogSearch.matches(catalog, "galustian")
    #expect(author.contains { $0.group == "Sources" && $0.subject == .detail(.citation("galustian2004")) })
    let trial = CatalogSearch.matches(catalog, "mm-003")
    #expect(trial.contains { $0.group == "Efficacy" })
    let greek = CatalogSearch.matches(catalog, "tnf-alpha"), symbol = CatalogSearch.matches(catalog, "TNF-α")
    #expect(!greek.isEmpty && greek == symbol, "alpha and α find the same")
    #expect(greek.contains { $0.group == "Matrix evidence" })
    #expect(CatalogSearch.matches(catalog, "KRONKE").contains { $0.group == "Sources" }, "accents and case ignored")
    #expect(CatalogSearch.matches(catalog, "cereblon").contains { $0.group == "Timeline" })
    #expect(CatalogSearch.matches(catalog, "15571458").contains { $0.subject == .detail(.citation("galustian2004")) }, "a PMID")
    #expect(CatalogSearch.matches(catalog, "   ").isEmpty)
  }

  @Test func tabInTheSearchPromptListsTheMatchesAndEnterGoesToOne() throws {
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.type("/")
    browser.type("Sampaio")
    #expect(browser.screen[39].contains("no drug · Tab: everywhere"))
    browser.send(.tab)
    #expect(browser.state.reader?.page.subject == .search("Sampaio"))
    let text = browser.text
    #expect(text.contains("Search · “Sampaio”") && text.contains("Sources (1)"), "\(text)")
    browser.send(.enter)
    #expect(browser.state.reader?.page.subject == .detail(.citation("sampaio1991")))
    browser.send(.backspace)
    #expect(browser.state.reader?.page.subject == .search("Sampaio"))
    browser.type("q")
    #expect(browser.state.reader == nil)
    // Enter with no drug matching searches everywhere too.
    browser.type("/")
    browser.type("IFM 99-02")
    browser.send(.enter)
    #expect(browser.state.reader?.page.subject == .search("IFM 99-02"))
    #expect(browser.text.contains("Efficacy (1)"))
  }

  @Test func nAndShiftNWalkTheMatchesOpeningEachAndTheMatchIsHighlighted() {
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.type("/")
    browser.type("dexamethasone")
    browser.send(.tab)
    let items = ReaderPage.build(catalog, .search("dexamethasone"), width: 120).items
    #expect(items.count > 3)
    browser.type("n")
    #expect(browser.state.reader?.page.subject == items[0])
    #expect(browser.state.message == "Match 1/\(items.count) for “dexamethasone”")
    browser.type("n")
    #expect(browser.state.reader?.page.subject == items[1])
    #expect(browser.state.reader?.pages.count == 2, "each match replaces the last, over the search page")
    browser.type("N")
    #expect(browser.state.reader?.page.subject == items[0])
    browser.type("N")
    #expect(browser.state.reader?.page.subject == items[items.count - 1], "N wraps to the last")
    browser.send(.backspace)
    #expect(browser.state.reader?.page.selection == items.count - 1, "the search page keeps the place")
    let spans = ReaderPage.build(catalog, .search("dexamethasone"), width: 120).lines.flatMap(\.spans)
    #expect(spans.contains { $0.style == .key && $0.text.lowercased() == "dexamethasone" })
  }
}
