import IMiDCore
import Testing

/// Back and forward through followed links, restoring position and scroll, in the panes and
/// in the reader.
@Suite struct HistoryTests {
  @Test func backAndForwardRetraceTheFollowedLinks() {
    var browser = BrowserHarness(BrowserHarness.builtin, width: 120, height: 40)
    browser.type("j")
    browser.send(.tab)                 // Lenalidomide's matrix row (a move, not a link)
    browser.type("l")
    browser.send(.enter)               // the TNF-α cell's evidence
    browser.type("jj")                 // the third source
    let atSources = browser.state
    browser.send(.enter)               // that source in full
    #expect(browser.state.detail.citationID != nil)
    browser.send(.backspace)
    #expect(browser.state.detail == atSources.detail)
    #expect(browser.state.referenceIndex == atSources.referenceIndex, "back restores the selected source")
    #expect(browser.state.detailScroll == atSources.detailScroll)
    browser.type("[")
    #expect(browser.state.focus == .matrix && browser.state.mechanismIndex == 1)
    browser.type("]")
    #expect(browser.state.focus == .detail && browser.state.detail == atSources.detail)
    browser.type("]")
    #expect(browser.state.detail.citationID != nil, "forward to the source again")
    browser.type("]")
    #expect(browser.state.message?.hasPrefix("Nothing to go forward to") == true)
    // Following a new link forgets the forward trail.
    browser.send(.backspace, .backspace)
    browser.send(.enter)
    browser.type("]")
    #expect(browser.state.message?.hasPrefix("Nothing to go forward to") == true)
  }

  @Test func theReaderGoesForwardAgain() {
    var browser = BrowserHarness(BrowserHarness.builtin, width: 120, height: 40)
    browser.type("r")
    browser.send(.enter, .enter)       // claim 1, then its first evidence item
    let deepest = browser.state.reader?.page.subject
    browser.send(.backspace, .backspace)
    #expect(browser.state.reader?.page.subject == .review)
    browser.type("]]")
    #expect(browser.state.reader?.page.subject == deepest)
  }
}

extension DetailSubject {
  /// The source's id when this is one source in full.
  var citationID: String? {
    if case .citation(let id) = self { return id }
    return nil
  }
}
