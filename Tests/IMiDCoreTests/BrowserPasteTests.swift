import IMiDCore
import Testing

/// A bracketed paste arrives as one `Key.paste`: the `/` search and the export's file name take
/// it as text, a newline in it never acts as Enter, and anywhere else it changes nothing.
@Suite struct BrowserPasteTests {
  let catalog = BrowserHarness.catalog("mini.json")

  func browser() -> BrowserHarness {
    var browser = BrowserHarness(catalog)
    browser.state.today = "2026-11-25"
    return browser
  }

  @Test func aPasteWithNewlinesIntoSearchIsTextAndDoesNotConfirm() {
    var browser = browser()
    browser.type("/")
    browser.send(.paste("gam\nma\r\nmide\tx\u{1B}[2J"))
    #expect(browser.state.search?.query == "gam ma mide x [2J", "controls became spaces; CR LF is one")
    #expect(browser.state.lastSearch == nil, "nothing was confirmed")
    #expect(!browser.state.shouldQuit)
    browser.send(.control("u"))
    browser.send(.paste("gamma\n"))
    #expect(browser.state.search?.query == "gamma ")
    #expect(browser.state.drugIndex == 0, "“gamma ” matches no drug: the selection stays")
    browser.send(.backspace)
    #expect(browser.state.drugIndex == 2, "the pasted text searches like typed text")
    #expect(browser.screen[23].contains("/gamma▏"), "\(browser.screen[23])")
    browser.send(.enter)
    #expect(browser.state.lastSearch == "gamma")
  }

  @Test func aPasteIntoTheFileNameDropsControlsAndNeverWrites() {
    var browser = browser()
    browser.send(.character("e"), .control("u"))
    browser.send(.paste("my\n\texport\r\n.txt\u{7}"))
    #expect(browser.state.prompt?.path == "myexport.txt")
    #expect(Browser.takeEffect(&browser.state) == nil, "a newline in a paste is not Enter")
    #expect(browser.screen[23] == " Export to: myexport.txt▏")
    browser.send(.enter)
    #expect(Browser.takeEffect(&browser.state) == .export(view: .drugs, path: "myexport.txt", overwrite: false))
  }

  @Test func aPasteDoesNotAnswerTheOverwriteQuestion() {
    var browser = browser()
    browser.send(.character("e"), .enter)
    Browser.finishExport(&browser.state, .exists)
    browser.send(.paste("y\n"))
    #expect(Browser.takeEffect(&browser.state) == nil)
    #expect(browser.state.prompt?.stage == .confirmOverwrite)
  }

  @Test func pastesAreBoundedAndTheirEndShows() {
    var browser = browser()
    let long = String(repeating: "ab\n", count: 30_000)
    browser.type("/")
    browser.send(.paste(long))
    #expect(browser.state.search?.query.count == 256)
    browser.send(.escape, .character("e"), .control("u"), .paste(long + "END"))
    #expect(browser.state.prompt?.path.count == 4096)
    browser.send(.backspace, .paste("END"))
    #expect(browser.state.prompt?.path.hasSuffix("abaE") == true, "4,096 characters at most")
    #expect(browser.screen[23].hasSuffix("ababababaE▏"), "the end of a long name shows: \(browser.screen[23])")
  }

  @Test func elsewhereAPasteChangesNothingButTheStatusLine() {
    var browser = browser()
    let before = browser.state
    browser.send(.paste("jjq\nq\u{3}"))
    #expect(!browser.state.shouldQuit)
    #expect(browser.state.drugIndex == before.drugIndex && browser.state.focus == before.focus)
    #expect(browser.state.message == "Paste ignored: only the / search and export prompts take text")

    browser.send(.character("?"), .paste("q\n"))
    #expect(browser.state.showsHelp, "help stays open")
    browser.send(.escape)

    browser.send(.character("c"))
    let compare = browser.state.compare
    #expect(compare != nil)
    browser.send(.paste("q\n"), .paste("\u{7F}"))
    #expect(browser.state.compare == compare, "the compare view stays as it was")
    #expect(!browser.state.shouldQuit)
  }
}
