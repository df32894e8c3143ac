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
      // Only the overlay's own columns: the panes behind it show beside a narrower frame, and
      // their text must not split a wrapped description.
      seen += Self.insideFrame(screen).joined(separator: " ")
      browser.send(.character("j"))
    }
    let words = seen.split(whereSeparator: { $0 == " " || $0 == "┃" || $0 == "│" }).joined(separator: " ")
    for binding in KeyMap.bindings {
      let help = binding.help.split(separator: " ").joined(separator: " ")
      #expect(words.contains(help), "'\(binding.help)' cut or missing at \(width)x\(height)")
    }
  }

  /// Each line cut to the cells between the overlay frame's corners (the whole line when the
  /// frame is not found).
  static func insideFrame(_ screen: [String]) -> [String] {
    guard let top = screen.first(where: { $0.contains("━ Keys") }),
      let left = cellColumn(of: "┏━ Keys", in: top), let right = lastCellColumn(of: "┓", in: top)
    else { return screen }
    return screen.map { line in
      var column = 0
      var kept = ""
      for character in line {
        if column >= left && column <= right { kept.append(character) }
        column += TextWidth.cells(of: character)
      }
      return kept
    }
  }

  static func cellColumn(of needle: String, in line: String) -> Int? {
    guard let range = line.range(of: needle) else { return nil }
    return TextWidth.cells(of: String(line[..<range.lowerBound]))
  }

  static func lastCellColumn(of needle: String, in line: String) -> Int? {
    guard let range = line.range(of: needle, options: .backwards) else { return nil }
    return TextWidth.cells(of: String(line[..<range.lowerBound]))
  }
}
