import IMiDCore
import Testing

/// The `?` overlay at three sizes: inside its frame, no line cut, every binding reachable.
@Suite struct HelpOverlayTests {
  @Test(arguments: [(80, 24), (120, 40), (40, 12)])
  func helpFitsItsFrameAtEverySize(width: Int, height: Int) {
    var browser = BrowserHarness(BrowserHarness.builtin, width: width, height: height)
    browser.type("?")
    Snapshot.assert(browser.screen, named: "help-\(width)x\(height)")
    // Page through it all: every binding's description appears whole on some page, as its
    // words wrap, and nothing runs past the frame's right edge.
    var seen = ""
    var last: [String] = []
    for _ in 0..<400 {
      let screen = browser.screen
      if screen == last { break }
      last = screen
      for line in screen.dropFirst().dropLast() where line.contains("┃") || line.contains("│") {
        #expect(TextWidth.cells(of: line) <= width)
      }
      seen += screen.joined(separator: " ")
      browser.send(.character("j"))
    }
    let words = seen.split(whereSeparator: { $0 == " " || $0 == "┃" || $0 == "│" }).joined(separator: " ")
    for binding in KeyMap.bindings {
      let help = binding.help.split(separator: " ").joined(separator: " ")
      #expect(words.contains(help), "'\(binding.help)' cut or missing at \(width)x\(height)")
    }
  }
}
