import Foundation
import IMiDCore
import Testing

/// Styles are roles the model assigns and the C shim turns into colours by raw value: both
/// sides must agree, and the roles on screen are pinned by a golden of their own.
@Suite struct CellStyleTests {
  /// The C shim's colour-pair enum lists the styles by position; a Swift case moved or added
  /// without it would colour every later style as its neighbour.
  @Test func theCColourTableListsCellStyleInOrder() throws {
    let shim = Snapshot.directory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/CCurses/imid_paint.c")
    let source = try String(contentsOf: shim, encoding: .utf8)
    let start = try #require(source.range(of: "enum { NORMAL,"))
    let end = try #require(source[start.upperBound...].firstIndex(of: "}"))
    let names = source[source.index(start.lowerBound, offsetBy: "enum { ".count)..<end]
      .split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    // FOCUSED_BORDER for focusedBorder; STYLE_COUNT closes the list.
    let expected = CellStyle.allCases.map { style in
      String(describing: style).reduce(into: "") { name, character in
        if character.isUppercase { name += "_" }
        name += character.uppercased()
      }
    } + ["STYLE_COUNT"]
    #expect(names == expected)
    for (index, style) in CellStyle.allCases.enumerated() { #expect(Int(style.rawValue) == index, "\(style)") }
  }

  /// Every cell's role on the built-in catalogue's screens, one letter a cell (see `letter`):
  /// the matrix grades, the focused frame, the selection, the status line.
  @Test(arguments: [(80, 24), (120, 40)])
  func stylesOnScreen(width: Int, height: Int) {
    var browser = BrowserHarness(BrowserHarness.builtin, width: width, height: height)
    browser.send(.down, .tab, .right)
    let grid = BrowserView.render(browser.state)
    let lines = (0..<grid.height).map { y in
      String((0..<grid.width).map { x in Self.letter(grid[x, y].style) })
    }
    Snapshot.assert(lines, named: "browser-\(width)x\(height)-styles")
  }

  /// One letter per role: `.` normal, `T` title, `b` border, `B` focused border, `p` pane title,
  /// `S` selected, `s` selected without focus, `h` header, `d` dim, `l` later, `+` strong,
  /// `k` key, `_` status, `!` warning.
  static func letter(_ style: CellStyle) -> Character {
    switch style {
    case .normal: "."
    case .title: "T"
    case .border: "b"
    case .focusedBorder: "B"
    case .paneTitle: "p"
    case .selected: "S"
    case .selectedInactive: "s"
    case .header: "h"
    case .dim: "d"
    case .later: "l"
    case .strong: "+"
    case .key: "k"
    case .status: "_"
    case .warning: "!"
    }
  }
}
