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
    #expect(browser.screen[0] == "Compare · Alphamide · Gammamide, a long fictional name")
    let text = browser.text
    #expect(text.contains("Efficacy") && text.contains("Safety"))
    #expect(text.contains("not reported"))
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

  @Test func cellsNavigateAndEnterOpensTheSourceInFull() {
    var browser = BrowserHarness(catalog)
    browser.send(.character(" "), .down, .character(" "), .character("c"))
    guard let first = browser.state.compare?.selection else { Issue.record("no compare"); return }
    #expect(first == CompareLayout.EntryRef(section: 0, row: 0, column: 0, entry: 0))
    browser.type("l")
    #expect(browser.state.compare?.selection.column == 1)
    browser.send(.enter)
    #expect(browser.state.compare?.citation == "late2010")
    #expect(browser.text.contains("doi:10.0000/fict.2"))
    browser.send(.backspace)
    #expect(browser.state.compare?.citation == nil)
    browser.type("j")
    #expect(browser.state.compare?.selection == CompareLayout.EntryRef(section: 1, row: 0, column: 1, entry: 0))
    browser.send(.enter)
    #expect(browser.state.compare?.citation == nil)
    #expect(browser.screen[23].contains("Not reported"))
    browser.type("q")
    #expect(browser.state.compare == nil)
    #expect(!browser.state.shouldQuit)
  }

  @Test func theCompareViewScrollsToKeepTheSelectionVisible() {
    var browser = BrowserHarness(catalog, width: 60, height: 12)
    browser.send(.character("j"), .character("c"))
    for _ in 0..<5 { browser.type("j") }
    let screen = browser.state.compare
    #expect((screen?.scroll ?? 0) > 0)
    browser.type("g")
    #expect(browser.state.compare?.scroll == 0)
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
    Snapshot.assert(browser.screen, named: "browser-mini-\(width)x\(height)-compare-source")
  }
}
