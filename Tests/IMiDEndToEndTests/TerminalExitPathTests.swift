#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import Testing

/// Every way out of the browser restores the terminal exactly (`stty -g` before equals after)
/// and exits with the conventional status; odd TERM values get a message, not a crash.
/// (Signals, the usual four included, are in RareSignalTests.)
@Suite(.serialized) struct TerminalExitPathTests {
  @Test func withoutTERMItPrintsTheListAndBrowseExplains() throws {
    let binary = Binary.url.path
    let tmux = try Tmux(width: 80, height: 24) { directory in
      "cd \"\(directory.path)\"; env -u TERM \"\(binary)\" > list; echo $? > status1; TERM=dumb \"\(binary)\" browse 2> err; echo $? > status2; sleep 5"
    }
    let first = tmux.waitForFile("status1")
    let second = tmux.waitForFile("status2")
    #expect(first == "0\n")
    #expect(second == "64\n")
    let list = try String(contentsOf: tmux.directory.appendingPathComponent("list"), encoding: .utf8)
    #expect(list.contains("Lenalidomide"))
    let error = try String(contentsOf: tmux.directory.appendingPathComponent("err"), encoding: .utf8)
    #expect(error == "imid: browse needs a terminal (stdin and stdout a tty, TERM set and not 'dumb'); try 'imid list'\n")
  }
}

extension TerminalExitPathTests {
  @Test func aCrashRestoresTheTerminalFirstAndSaysSo() throws {
    let binary = Binary.url.path
    let tmux = try Tmux(width: 80, height: 24) { directory in
      "cd \"\(directory.path)\"; stty -g > before; IMID_TEST_CRASH=1 \"\(binary)\" browse 2> err; echo $? > status; stty -g > after; sleep 5"
    }
    let result = try tmux.finish()
    // A Swift trap is SIGILL (4) or SIGTRAP (5): 128 + that.
    #expect(result.status == "132" || result.status == "133", "\(result.status ?? "none")")
    #expect(result.restored, "stty -g differs after a crash")
    let error = try String(contentsOf: tmux.directory.appendingPathComponent("err"), encoding: .utf8)
    #expect(error.contains("imid: internal error (signal 4); the terminal was restored\n")
      || error.contains("imid: internal error (signal 5); the terminal was restored\n"), "\(error)")
  }

  @Test func aHostileCatalogueNeverReachesTheScreen() throws {
    let hostile = """
      {"drugs": [{"id": "a", "name": "A\\u001b]52;c;cm0gLXJmIH4=\\u0007\\u001b[2J"}],
       "citations": [{"id": "c", "title": "\\u001b]8;;http://evil\\u0007link", "year": 2000}]}
      """
    let (status, screen, _) = try Self.browse(hostile, width: 80)
    #expect(status == "65\n")
    #expect(screen.contains("U+001B (ESC)"), "\(screen)")
    #expect(!screen.contains("\u{1B}]"), "an OSC sequence reached the screen")
    #expect(!screen.contains("\u{1B}[2J"), "a clear-screen sequence reached the screen")
    #expect(!screen.contains("\u{07}"))
  }

  /// Key names and ids are not values: they were echoed raw after a failed load. Now the
  /// messages on the screen the browser returns to show them as visible escapes, and nothing
  /// reached tmux (an OSC 52 would have filled its paste buffers, ESC[2J cleared the screen).
  @Test func aHostileKeyOrIdNeverReachesTheScreenAfterAFailedLoad() throws {
    let attack = #"x\u001b]52;c;ZXZpbA==\u0007\u001b[2J"#
    let hostile = """
      {"drugs": [{"id": "\(attack)", "name": "A", "cite": ["c"], "\(attack)": 1},
                 {"id": "\(attack)", "name": "B", "cite": ["c"]}],
       "citations": [{"id": "c", "title": "T", "year": 2000}]}
      """
    let (status, screen, buffers) = try Self.browse(hostile, width: 160)
    #expect(status == "65\n")
    let shown = #"x\e]52;c;ZXZpbA==\x07\e[2J"#
    #expect(screen.contains("imid: hostile.json: drugs[1].id: duplicate id '\(shown)' (first used at drugs[0])"), "\(screen)")
    #expect(screen.contains("unknown key '\(shown)' (ignored)"), "\(screen)")
    #expect(!screen.contains("\u{1B}]"), "an OSC sequence reached the screen")
    #expect(!screen.contains("\u{07}"))
    #expect(buffers.isEmpty, "OSC 52 set a tmux buffer")
  }

  /// Browses `catalogue` (written as hostile.json) in tmux until the browser exits: its status,
  /// the screen with its escapes (`capture-pane -e`), and tmux's paste buffers.
  static func browse(_ catalogue: String, width: Int) throws -> (status: String?, screen: String, buffers: String) {
    let binary = Binary.url.path
    // The session waits for the catalogue, which is written once its directory exists.
    let tmux = try Tmux(width: width, height: 24) { directory in
      "cd \"\(directory.path)\"; while [ ! -f hostile.json ]; do sleep 0.05; done; \"\(binary)\" --catalog hostile.json browse; echo $? > status; sleep 5"
    }
    try catalogue.write(to: tmux.directory.appendingPathComponent("hostile.json"), atomically: true, encoding: .utf8)
    let status = tmux.waitForFile("status")
    return (status, try tmux.screen(escapes: true), try tmux.tmux(["list-buffers"]))
  }
}

extension TerminalExitPathTests {
  @Test func noColorMeansAttributesOnly() throws {
    let binary = Binary.url.path
    func foregroundColours(_ environment: String) throws -> Bool {
      let tmux = try Tmux(width: 80, height: 24) { directory in
        "cd \"\(directory.path)\"; \(environment) \"\(binary)\" browse; sleep 5"
      }
      defer { tmux.close() }
      let screen = try tmux.waitFor { $0.contains("Citation") }
      #expect(screen.contains("Citation"))
      let styled = try tmux.screen(escapes: true)
      try tmux.send("q")  // the session then ends by itself
      // SGR parameters that set a colour: 30–37, 90–97 and 38 (foreground), 40–47, 100–107 and
      // 48 (background). 39 and 49 only reset to the default, which tmux writes anyway.
      let colours: Set<Int> = Set(30...38).union(40...48).union(90...97).union(100...107)
      let pattern = try NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
      let range = NSRange(styled.startIndex..., in: styled)
      for match in pattern.matches(in: styled, range: range) {
        guard let parameters = Range(match.range(at: 1), in: styled) else { continue }
        if styled[parameters].split(separator: ";").compactMap({ Int($0) }).contains(where: colours.contains) { return true }
      }
      return false
    }
    // The test runner itself sets NO_COLOR=1, and the session inherits it: unset it here.
    #expect(try foregroundColours("env -u NO_COLOR"), "no colours without NO_COLOR")
    #expect(try !foregroundColours("NO_COLOR=1"), "colours despite NO_COLOR")
  }
}

extension TerminalExitPathTests {
  /// A catalogue under the preview size is read on a thread of its own while the terminal is
  /// set up. A broken one ends the browser before it draws: its errors on stderr, exit 65, the
  /// terminal exactly as it was. Under a terminal that curses does not know, the catalogue's
  /// errors still come first (65), as when the catalogue was read before the terminal was
  /// touched; a sound catalogue there gets the terminal's message (64).
  @Test func aSmallBrokenCatalogueEndsTheBrowserBeforeItDraws() throws {
    let binary = Binary.url.path
    let broken = FileManager.default.temporaryDirectory.appendingPathComponent("imid-broken-\(UUID().uuidString).json")
    defer { try? FileManager.default.removeItem(at: broken) }
    try #"""
      {"title": "Small", "drugs": [{"id": "d0", "name": "Fictamide", "cite": ["c0"]}],
       "mechanisms": [{"id": "m0"}], "citations": [{"id": "c0", "title": "A fictional source", "year": 2001}]}
      """#.write(to: broken, atomically: true, encoding: .utf8)
    let tmux = try Tmux(width: 80, height: 24) { directory in
      "cd \"\(directory.path)\"; stty -g > before; \"\(binary)\" browse --catalog \"\(broken.path)\" 2> err; echo $? > status; "
        + "stty -g > after; TERM=imid-no-such-terminal \"\(binary)\" --catalog \"\(broken.path)\" 2> err2; echo $? > status2; "
        + "TERM=imid-no-such-terminal \"\(binary)\" browse 2> err3; echo $? > status3; sleep 5"
    }
    let result = try tmux.finish()
    #expect(result.status == "65")
    #expect(result.restored, "stty -g differs after a broken catalogue")
    let message = "imid: \(broken.path): mechanisms[0]: missing required field 'name'\n"
    #expect(try String(contentsOf: tmux.directory.appendingPathComponent("err"), encoding: .utf8) == message)
    #expect(tmux.waitForFile("status2") == "65\n")
    #expect(try String(contentsOf: tmux.directory.appendingPathComponent("err2"), encoding: .utf8) == message)
    #expect(tmux.waitForFile("status3") == "64\n")
    #expect(
      try String(contentsOf: tmux.directory.appendingPathComponent("err3"), encoding: .utf8)
        == "imid: cannot open the terminal (TERM=imid-no-such-terminal); try 'imid list'\n")
  }
}

extension TerminalExitPathTests {
  /// Everything the browser writes, logged by tmux: for a broken catalogue read alongside the
  /// terminal's start, not one of its entries (nor a pane title) reaches the terminal; the same
  /// catalogue mended is drawn as usual, so the log would show a frame if one were sent.
  @Test func aBrokenCatalogueSendsNothingOfItselfToTheTerminal() throws {
    let binary = Binary.url.path
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("imid-drawn-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let catalogue = { (mechanism: String) in
      #"{"title": "Small", "drugs": [{"id": "d0", "name": "Fictamide", "cite": ["c0"]}], "mechanisms": ["#
        + mechanism + #"], "citations": [{"id": "c0", "title": "A fictional source", "year": 2001}]}"#
    }
    let broken = folder.appendingPathComponent("broken.json"), mended = folder.appendingPathComponent("mended.json")
    try catalogue(#"{"id": "m0"}"#).write(to: broken, atomically: true, encoding: .utf8)
    try catalogue(#"{"id": "m0", "name": "A mechanism"}"#).write(to: mended, atomically: true, encoding: .utf8)
    let tmux = try Tmux(width: 80, height: 24) { directory in
      "cd \"\(directory.path)\"; while [ ! -f go ]; do sleep 0.02; done; stty -g > before; "
        + "\"\(binary)\" browse --catalog \"\(broken.path)\" 2> err; echo $? > status; stty -g > after; echo IMID-SPLIT; "
        + "\"\(binary)\" browse --catalog \"\(mended.path)\"; echo $? > status2; sleep 5"
    }
    let log = tmux.directory.appendingPathComponent("pane.log")
    try tmux.tmux(["pipe-pane", "-t", tmux.session, "-o", "cat >> \"\(log.path)\""])
    #expect(FileManager.default.createFile(atPath: tmux.directory.appendingPathComponent("go").path, contents: Data()))
    let result = try tmux.finish()
    #expect(result.status == "65")
    #expect(result.restored)
    try tmux.waitFor { $0.contains("Fictamide") }
    try tmux.send("q")
    #expect(tmux.waitForFile("status2") == "0\n")
    Thread.sleep(forTimeInterval: 0.2)  // the pipe's last bytes
    let written = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
    let parts = written.components(separatedBy: "IMID-SPLIT")
    #expect(parts.count == 2, "\(written.count) bytes logged")
    if parts.count == 2 {
      for text in ["Fictamide", "Drugs", "Mechanisms"] {
        #expect(!parts[0].contains(text), "the broken catalogue's browser sent \(text)")
        #expect(parts[1].contains(text), "the mended catalogue's browser did not send \(text)")
      }
    }
  }
}
