import IMiDCore
import Testing

/// A large catalogue loading in the background, driven as messages: keys wait, quitting and
/// resizing act at once, and the waiting keys replay in order on the whole catalogue.
@Suite struct BrowserLoadingTests {
  let preview = BrowserHarness.numberedDrugs(10)
  let whole = BrowserHarness.numberedDrugs(6_000)

  func loading() -> BrowserHarness {
    var browser = BrowserHarness(preview, width: 80, height: 24)
    Browser.startLoading(&browser.state, note: "Loading big.json (5 MB)…")
    return browser
  }

  @Test func keysTypedWhileLoadingWaitThenApplyInOrder() {
    var browser = loading()
    browser.send(.character("G"), .character("k"), .character("k"))
    #expect(browser.state.drugIndex == 0, "keys wait for the whole catalogue")
    #expect(browser.state.typedAhead.count == 3)
    var performed: [BrowserEffect] = []
    Browser.catalogueLoaded(&browser.state, whole) { performed.append($0); return .written(summary: "x") }
    #expect(browser.state.loading == nil)
    #expect(browser.state.catalog.drugs.count == 6_000)
    #expect(browser.state.drugIndex == 5_997, "G to the last of 6,000, then up twice")
    #expect(browser.state.typedAhead.isEmpty)
    #expect(performed.isEmpty)
    #expect(browser.text.contains("5998/6000"))
  }

  @Test func quittingActsAtOnceWhileLoading() {
    for key in [Key.character("q"), .control("c")] {
      var browser = loading()
      browser.send(.character("j"), key)
      #expect(browser.state.shouldQuit, "\(key)")
    }
  }

  @Test func aResizeActsAtOnceAndTheReplayKeepsTheSize() {
    var browser = loading()
    browser.send(.resize(width: 120, height: 40), .character("j"))
    #expect(browser.state.width == 120 && browser.state.height == 40)
    Browser.catalogueLoaded(&browser.state, whole) { _ in .exists }
    #expect(browser.state.width == 120 && browser.state.height == 40)
    #expect(browser.state.drugIndex == 1)
  }

  @Test func anExportTypedAheadIsCarriedOutOnTheWholeCatalogue() {
    var browser = loading()
    browser.state.today = "2026-11-26"
    browser.send(.character("e"), .enter)
    var performed: [BrowserEffect] = []
    Browser.catalogueLoaded(&browser.state, whole) { performed.append($0); return .written(summary: "6000 drugs") }
    #expect(performed == [.export(view: .drugs, path: "imid-drugs-2026-11-26.txt", overwrite: false)])
    #expect(browser.state.message?.contains("6000 drugs") == true, "\(browser.state.message ?? "none")")
    #expect(browser.state.today == "2026-11-26")
  }

  @Test func heldKeysBeyondTheLimitAreDropped() {
    var browser = loading()
    for _ in 0..<(Browser.typeAheadLimit + 5) { browser.send(.character("j")) }
    #expect(browser.state.typedAhead.count == Browser.typeAheadLimit)
  }
}
