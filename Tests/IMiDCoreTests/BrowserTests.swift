import IMiDCatalogData
import IMiDCore
import Testing

@Suite struct BrowserTests {
  let catalog = BrowserHarness.catalog("mini.json")

  @Test func opensOnTheFirstDrugWithTheDrugsPaneFocused() {
    let browser = BrowserHarness(catalog)
    #expect(browser.state.focus == .drugs)
    #expect(browser.state.drugIndex == 0)
    #expect(browser.state.detail == .drug(0))
    let text = browser.text
    for title in ["Drugs", "Mechanisms", "Citation"] { #expect(text.contains(title)) }
  }

  @Test func movingInTheDrugListShowsThatDrugInTheCitationPane() {
    var browser = BrowserHarness(catalog)
    browser.type("j")
    #expect(browser.state.drugIndex == 1)
    #expect(browser.state.detail == .drug(1))
    #expect(browser.screen[10].contains("Betamide (XX-2)"))
    browser.send(.down, .down, .down, .down)
    #expect(browser.state.drugIndex == 3)
    browser.type("k")
    #expect(browser.state.drugIndex == 2)
    browser.type("g")
    #expect(browser.state.drugIndex == 0)
    browser.type("G")
    #expect(browser.state.drugIndex == 3)
    browser.send(.home)
    #expect(browser.state.drugIndex == 0)
  }

  @Test func tabAndEnterOnAMatrixCellOpenItsEvidence() {
    var browser = BrowserHarness(catalog)
    browser.send(.character("j"), .tab)
    #expect(browser.state.focus == .matrix)
    browser.send(.enter)
    #expect(browser.state.focus == .detail)
    #expect(browser.state.detail == .cell(drug: 1, mechanism: 0))
    #expect(browser.state.referenceIndex == 0)
    #expect(browser.text.contains("Betamide × First fictional mechanism"))
    #expect(browser.text.contains("PMID 1"))
  }

  @Test func enterOnADrugOpensItsPageAndBackspaceReturnsWithTheSelectionKept() {
    var browser = BrowserHarness(catalog)
    browser.send(.down, .enter)
    #expect(browser.state.reader?.page.subject == .detail(.drug(1)))
    #expect(browser.text.contains("Mechanisms") && browser.text.contains("Efficacy"), "\(browser.text)")
    browser.send(.backspace)
    #expect(browser.state.reader == nil)
    #expect(browser.state.focus == .drugs && browser.state.drugIndex == 1)
    // From the Citation pane, with no source chosen yet, Enter opens the same page.
    browser.send(.tab, .tab, .enter)
    #expect(browser.state.reader?.page.subject == .detail(.drug(1)))
  }

  @Test func matrixColumnsMoveAndScrollSideways() {
    var browser = BrowserHarness(catalog)
    browser.send(.tab)
    for _ in 0..<6 { browser.type("l") }
    #expect(browser.state.mechanismIndex == 6)
    #expect(browser.state.matrixColumnScroll > 0)
    #expect(browser.screen[2].contains("Late"))
    #expect(browser.screen[2].contains("◀"))
    #expect(browser.state.detail == .cell(drug: 0, mechanism: 6))
    #expect(browser.text.contains("1+†") || browser.text.contains("[+†]"))
    browser.send(.character("h"), .left, .left, .left, .left, .left, .left, .left)
    #expect(browser.state.mechanismIndex == 0)
    #expect(browser.state.matrixColumnScroll == 0)
  }

  @Test func aSourceOpensInFullAndBackspaceReturns() {
    var browser = BrowserHarness(catalog)
    browser.send(.down, .tab, .enter)  // Betamide × First: two sources
    browser.type("j")
    #expect(browser.state.referenceIndex == 1)
    browser.send(.enter)
    #expect(browser.state.detail == .citation("early2001"))
    #expect(browser.text.contains("A fictional early study"))
    #expect(browser.text.contains("Citation · Poe 2001 ‹ 1"))
    browser.send(.backspace)
    #expect(browser.state.detail == .cell(drug: 1, mechanism: 0))
    browser.send(.backspace)
    #expect(browser.state.focus == .matrix)
    browser.send(.backspace)
    #expect(browser.state.focus == .drugs)
  }

  /// PgDn, PgUp, g and G scroll a Citation pane whose text is longer than the pane, by a page
  /// less one line, and stop at the ends. The pane's footer says which lines show ("14–26/106").
  @Test func theCitationPanePagesThroughTextLongerThanThePane() throws {
    let builtin = try CatalogLoader.load(BuiltinCatalog.bytes, source: "builtin", currentYear: 2026).catalog
    var browser = BrowserHarness(builtin, width: 80, height: 24)
    browser.send(.down, .tab, .tab)  // Lenalidomide's summary and sources, Citation pane focused
    func shown() throws -> (first: Int, last: Int, total: Int) {
      let footer = try #require(browser.screen.dropLast().last { $0.contains("/") && $0.contains("┛") })
      let numbers = footer.split { !$0.isNumber }.compactMap { Int($0) }
      try #require(numbers.count >= 3, "\(footer)")
      return (numbers[numbers.count - 3], numbers[numbers.count - 2], numbers[numbers.count - 1])
    }
    let top = try shown()
    let height = top.last - top.first + 1
    try #require(top.first == 1 && top.total > 3 * height, "\(top)")
    browser.send(.pageDown)
    #expect(browser.state.detailScroll == height - 1)
    #expect(try shown().first == height)
    browser.send(.pageDown, .pageDown, .pageUp)
    #expect(browser.state.detailScroll == 2 * (height - 1))
    browser.send(.character("G"))
    #expect(browser.state.detailScroll == top.total - height)
    #expect(try shown().last == top.total)
    browser.send(.pageDown)
    #expect(browser.state.detailScroll == top.total - height)
    browser.send(.character("g"))
    #expect(browser.state.detailScroll == 0)
    browser.send(.pageUp)
    #expect(browser.state.detailScroll == 0)
  }

  @Test func shiftTabCyclesBackwardsAndFocusIsVisible() {
    var browser = BrowserHarness(catalog)
    #expect(browser.screen[1].hasPrefix("┏━ Drugs"))
    browser.send(.backTab)
    #expect(browser.state.focus == .detail)
    #expect(browser.screen[1].hasPrefix("┌─ Drugs"))
    browser.send(.tab)
    #expect(browser.state.focus == .drugs)
  }

  @Test func questionMarkOpensHelpFromTheKeyTableAndQClosesIt() {
    var browser = BrowserHarness(catalog, width: 100, height: 60)
    browser.type("?")
    #expect(browser.state.showsHelp)
    #expect(browser.text.contains("Keys · j/k scroll · q closes"))
    // Grouped by where the keys work; the rest is a page down.
    #expect(browser.text.contains("Everywhere") && browser.text.contains("Ctrl-Z"))
    var pages = 0
    while !browser.text.contains("open the cell's evidence"), pages < 8 {
      browser.send(.pageDown)
      pages += 1
    }
    #expect(browser.text.contains("open the cell's evidence"), "after \(pages) pages: \(browser.text)")
    browser.type("q")
    #expect(!browser.state.showsHelp)
    #expect(!browser.state.shouldQuit)
    browser.type("q")
    #expect(browser.state.shouldQuit)
  }

  @Test func ctrlCQuitsEvenFromHelp() {
    var browser = BrowserHarness(catalog)
    browser.send(.character("?"), .control("c"))
    #expect(browser.state.shouldQuit)
  }

  @Test func anUnboundKeySaysSoInTheStatusLine() {
    var browser = BrowserHarness(catalog)
    browser.type("z")
    #expect(browser.screen[23].contains("z: no action in the Drugs pane (press ? for help)"))
    browser.type("j")
    #expect(!browser.screen[23].contains("no action"))
  }

  @Test func theStatusLineHintsComeFromTheKeyTable() {
    let browser = BrowserHarness(catalog)
    #expect(browser.screen[23] == " j/k move  q quit  ? help  Enter open  Space mark  c compare  e export  Tab pane")
  }

  @Test func smallTerminalsShowOnePaneWithATabBar() {
    var browser = BrowserHarness(catalog, width: 40, height: 12)
    #expect(browser.screen[0].hasPrefix("[Drugs] Mechanisms  Citation"))
    browser.send(.tab)
    #expect(browser.screen[0].hasPrefix(" Drugs [Mechanisms] Citation"))
    browser.send(.resize(width: 10, height: 3))
    #expect(browser.screen[0] == "Terminal …")
    browser.send(.resize(width: 120, height: 40))
    #expect(browser.screen[1].contains("Mechanisms"))
  }

  @Test func everySizeFromOneByOneDrawsExactlyTheScreen() {
    for (width, height) in [(0, 0), (1, 1), (2, 5), (19, 5), (20, 6), (79, 23), (80, 24), (400, 150)] {
      var browser = BrowserHarness(catalog, width: width, height: height)
      browser.send(.character("j"), .tab, .enter, .character("j"), .enter, .character("?"))
      let grid = BrowserView.render(browser.state)
      #expect(grid.width == max(0, width) && grid.height == max(0, height))
      #expect(grid.cells.count == width * height)
    }
  }

  @Test func anEmptyCatalogueDoesNotBreakAnything() {
    var browser = BrowserHarness(Catalog(drugs: []))
    browser.send(.character("j"), .tab, .enter, .character("l"), .enter, .backspace, .character("G"), .pageDown)
    #expect(browser.text.contains("The catalogue has no drugs."))
  }

  @Test func aHundredThousandDrugsScrollAndRenderOnlyWhatIsVisible() {
    var browser = BrowserHarness(BrowserHarness.numberedDrugs(100_000))
    browser.type("G")
    #expect(browser.state.drugIndex == 99_999)
    #expect(browser.text.contains("Drug 99999"))
    #expect(browser.text.contains("100000/100000"))
    browser.send(.pageUp)
    #expect(browser.state.drugIndex < 99_999)
  }

  @Test func mouseClicksSelectRowsAndCells() {
    var browser = BrowserHarness(catalog)
    browser.send(.mouse(x: 5, y: 4, button: .left))
    #expect(browser.state.drugIndex == 2)
    #expect(browser.state.focus == .drugs)
    browser.send(.mouse(x: 50, y: 4, button: .left))
    #expect(browser.state.focus == .matrix)
    browser.send(.mouse(x: 50, y: 4, button: .wheelUp))
    #expect(browser.state.drugIndex == 0)
  }

  @Test(arguments: [(80, 24), (120, 40), (20, 6)])
  func goldenScreens(width: Int, height: Int) {
    var browser = BrowserHarness(catalog, width: width, height: height)
    Snapshot.assert(browser.screen, named: "browser-mini-\(width)x\(height)-start")
    browser.send(.character("j"), .tab, .enter)
    Snapshot.assert(browser.screen, named: "browser-mini-\(width)x\(height)-cell")
    browser.send(.character("j"), .enter)
    Snapshot.assert(browser.screen, named: "browser-mini-\(width)x\(height)-source")
  }
}

@Suite struct DrugWindowTests {
  /// The panes' drugs are decoded by `update` and kept while the window stays: moving inside
  /// it decodes nothing, and jumping decodes only the drugs newly in view.
  @Test func movingWithinTheWindowDecodesNoDrug() {
    var browser = BrowserHarness(BrowserHarness.numberedDrugs(100), width: 80, height: 24)
    browser.type("j")
    let first = browser.state.drugsDecodedForPanes
    #expect(first > 2, "the first window decodes every drug it shows")
    browser.type("j")
    #expect(browser.state.drugsDecodedForPanes == 0)
    browser.type("k")
    #expect(browser.state.drugsDecodedForPanes == 0)
    #expect(browser.text.contains("›Drug 1"))
    browser.type("G")
    #expect(browser.state.drugsDecodedForPanes > 2)
    #expect(browser.text.contains("›Drug 99"))
    browser.type("k")
    #expect(browser.state.drugsDecodedForPanes == 0)
    #expect(browser.text.contains("›Drug 98"))
  }
}

extension DrugWindowTests {
  /// What the window keeps is dropped when the screen changes under it: after a resize, or a
  /// jump that scrolls the matrix, the screen is the one a browser opened at that size, given
  /// the same keys, shows.
  @Test(arguments: [("builtin", "jj"), ("numbered", "jj"), ("numbered", "G")])
  func aResizedOrScrolledWindowShowsWhatAFreshBrowserShows(catalogue: String, keys: String) {
    let catalog = catalogue == "builtin" ? BrowserHarness.builtin : BrowserHarness.numberedDrugs(100)
    var resized = BrowserHarness(catalog, width: 120, height: 40)
    resized.type(keys)
    resized.send(.resize(width: 90, height: 30))
    var fresh = BrowserHarness(catalog, width: 90, height: 30)
    fresh.type(keys)
    #expect(resized.text.contains("┌─ Mechanisms"), "the matrix is on the screen: \(resized.text)")
    #expect(resized.screen == fresh.screen)
  }
}

extension DrugWindowTests {
  /// A Drugs pane row shows the drug's name, its first code name (not a later one) and its
  /// generation: all that the window keeps of a drug.
  @Test func aRowShowsTheNameTheFirstCodeNameAndTheGeneration() {
    var drug = Drug(id: "d", name: "Fictamide")
    drug.codes = ["FX-1", "FX-2"]
    drug.generation = "3rd-gen"
    let browser = BrowserHarness(Catalog(drugs: [drug], mechanisms: [Mechanism(id: "m", name: "M")]), width: 80, height: 24)
    let row = browser.screen.first { $0.contains("›Fictamide") } ?? ""
    #expect(row.contains("FX-1") && row.contains("3rd-gen"), "\(row)")
    #expect(!row.contains("FX-2"), "\(row)")
  }
}
