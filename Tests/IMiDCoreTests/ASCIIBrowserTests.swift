import IMiDCore
import Testing

/// The browser under a non-UTF-8 locale or `--ascii`: every screen pure ASCII, nothing that
/// carries meaning lost (TNF-alpha, grade 0 as `-`, the after-2004 mark as `^` with its legend).
@Suite struct ASCIIBrowserTests {
  static func browser(width: Int, height: Int) -> BrowserHarness {
    var browser = BrowserHarness(BrowserHarness.builtin.mappingText(ASCIIText.transliterate), width: width, height: height)
    browser.state.ascii = true
    return browser
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func everyScreenIsASCIIAndKeepsItsMeaning(width: Int, height: Int) {
    var browser = Self.browser(width: width, height: height)
    var screens: [(String, [String])] = [("start", browser.screen)]
    browser.send(.tab)
    screens.append(("matrix", browser.screen))
    browser.send(.tab, .backTab, .backTab)
    browser.type("r")
    screens.append(("review", browser.screen))
    browser.type("q")
    browser.type("t")
    screens.append(("timeline", browser.screen))
    browser.type("q")
    browser.type("c")
    screens.append(("compare", browser.screen))
    browser.type("q?")
    screens.append(("help", browser.screen))
    for (name, screen) in screens {
      let text = screen.joined(separator: "\n")
      #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(name) at \(width)x\(height) is not ASCII:\n\(text)")
      Snapshot.assert(screen, named: "ascii-\(width)x\(height)-\(name)")
    }
    let matrix = screens[1].1.joined(separator: "\n")
    #expect(matrix.contains("TNF-alpha") || matrix.contains("TNF-alp"), "TNF-α lost its alpha:\n\(matrix)")
    #expect(matrix.contains("+++"))
    let timeline = screens[3].1.joined(separator: "\n")
    #expect(timeline.contains("2005-12^"), "the after-2004 mark vanished:\n\(timeline)")
    #expect(timeline.contains("later (^) below"), "its legend:\n\(timeline)")
    #expect(screens[2].1.joined().contains("+ held") && screens[2].1.joined().contains("~ refined"))
  }
}
