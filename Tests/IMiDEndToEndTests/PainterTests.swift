import Foundation
import Testing

/// The browser writes its frames to the terminal itself, with terminfo's strings and only the
/// cells that changed, unless `IMID_PAINT=curses` hands them to curses (as happens by itself
/// on terminals the direct writer cannot serve). Both must leave exactly the same screen,
/// attributes and colours included: the same keys go to one browser of each kind, and after
/// each key tmux's two captures, escapes and all, must come out equal.
@Suite(.serialized) struct PainterTests {
  /// Keys that change most of the screen, then little of it: moves, panes, pages, the
  /// reader, the review, the timeline, help, search, compare and a resize ("resize" is not a
  /// key: both terminals are resized).
  static let keys = [
    "j", "j", "Tab", "Enter", "BSpace", "Tab", "Tab", "G", "Enter", "NPage", "BSpace", "g", "r", "Enter", "q",
    "t", "NPage", "q", "?", "Escape", "resize", "/", "m", "Enter", "Escape", "m", "j", "m", "c", "Tab", "q", "L", "q",
  ]

  func session(paint: String?, catalog: String?, color: String) throws -> Tmux {
    let binary = Binary.url.path
    let setting = paint.map { "IMID_PAINT=\($0) " } ?? ""
    let arguments = " --color \(color)" + (catalog.map { " --catalog \"\($0)\"" } ?? "")
    return try Tmux(width: 100, height: 30) { directory in
      "cd \"\(directory.path)\"; \(setting)\"\(binary)\" browse\(arguments); sleep 5"
    }
  }

  /// The built-in catalogue with and without colours, and one with wide names (宽药).
  @Test(arguments: [(nil, "always"), (nil, "never"), ("Tests/IMiDCoreTests/Fixtures/mini.json", "always")])
  func theDirectWriterLeavesTheScreenCursesWould(catalog: String?, color: String) throws {
    let path = catalog.map { Binary.packageRoot.appendingPathComponent($0).path }
    let direct = try session(paint: nil, catalog: path, color: color)
    let curses = try session(paint: "curses", catalog: path, color: color)
    try direct.waitFor { $0.contains("Mechanisms") }
    try curses.waitFor { $0.contains("Mechanisms") }
    try expectSameScreens(direct, curses, after: "start")
    for key in Self.keys {
      if key == "resize" {
        try direct.resize(width: 83, height: 26)
        try curses.resize(width: 83, height: 26)
      } else {
        try direct.send(key)
        try curses.send(key)
      }
      Thread.sleep(forTimeInterval: 0.1)
      try expectSameScreens(direct, curses, after: key)
    }
    try direct.send("q")
    try curses.send("q")
  }

  /// Waits up to five seconds for the two screens to show the same (`VisibleScreen`).
  func expectSameScreens(_ direct: Tmux, _ curses: Tmux, after key: String) throws {
    let deadline = Date().addingTimeInterval(5)
    var screens = ("", "")
    repeat {
      screens = (try direct.screen(escapes: true), try curses.screen(escapes: true))
      if VisibleScreen(screens.0) == VisibleScreen(screens.1) { return }
      Thread.sleep(forTimeInterval: 0.05)
    } while Date() < deadline
    let lines = (VisibleScreen(screens.0).lines, VisibleScreen(screens.1).lines)
    let first = zip(lines.0, lines.1).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(lines.0.count, lines.1.count)
    Issue.record("""
      after \(key), the screens differ from line \(first + 1) on:
      direct: \(first < lines.0.count ? String(describing: lines.0[first]) : "(none)")
      curses: \(first < lines.1.count ? String(describing: lines.1[first]) : "(none)")
      direct screen:
      \(try direct.screen())
      """)
  }
}

/// What a person sees of a tmux capture with escapes: each line's characters with the
/// attributes and colours they are shown in. A blank shows only its background, reverse video
/// and underline (bold, dim or a foreground colour on a space look like a plain space, and
/// curses writes such blanks either way), and blanks that look plain at a line's end are dropped.
struct VisibleScreen: Equatable {
  /// A character and how it is drawn (SGR state as `bold dim underline reverse fg bg`).
  struct Cell: Equatable, CustomStringConvertible {
    var text: Character
    var look: String
    var description: String { look.isEmpty ? String(text) : "\(text)[\(look)]" }
  }

  var lines: [[Cell]]

  /// Reads a capture; tmux carries the attributes from one line into the next.
  init(_ capture: String) {
    lines = [[]]
    var bold = false, dim = false, underline = false, reverse = false
    var foreground = "", background = ""
    var rest = capture[...]
    while let character = rest.first {
      if character == "\n" {
        lines.append([])
        rest = rest.dropFirst()
        continue
      }
      if character == "\u{1B}", rest.dropFirst().first == "[", let end = rest.firstIndex(of: "m") {
        let codes = rest[rest.index(rest.startIndex, offsetBy: 2)..<end].split(separator: ";", omittingEmptySubsequences: false)
        var index = 0
        while index < codes.count {
          let code = Int(codes[index]) ?? 0
          switch code {
          case 0: (bold, dim, underline, reverse, foreground, background) = (false, false, false, false, "", "")
          case 1: bold = true
          case 2: dim = true
          case 4: underline = true
          case 7: reverse = true
          case 22: (bold, dim) = (false, false)
          case 24: underline = false
          case 27: reverse = false
          case 30...37, 90...97: foreground = String(code)
          case 39: foreground = ""
          case 40...47, 100...107: background = String(code)
          case 49: background = ""
          case 38, 48:
            // 38;5;n or 48;5;n (256 colours), or 38;2;r;g;b.
            let length = codes.count > index + 1 && codes[index + 1] == "2" ? 5 : 3
            let value = codes[index..<min(codes.count, index + length)].joined(separator: ";")
            if code == 38 { foreground = value } else { background = value }
            index += length - 1
          default: break
          }
          index += 1
        }
        rest = rest[rest.index(after: end)...]
        continue
      }
      rest = rest.dropFirst()
      let look = character == " "
        ? [underline ? "underline" : "", reverse ? "reverse" : "", background].filter { !$0.isEmpty }
        : [bold ? "bold" : "", dim ? "dim" : "", underline ? "underline" : "", reverse ? "reverse" : "", foreground,
          background].filter { !$0.isEmpty }
      lines[lines.count - 1].append(Cell(text: character, look: look.joined(separator: " ")))
    }
    for index in lines.indices {
      while let last = lines[index].last, last.text == " ", last.look.isEmpty { lines[index].removeLast() }
    }
  }
}
