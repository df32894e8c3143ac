#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import Testing

/// Pasting into the browser (tmux `paste-buffer -p`, a bracketed paste, its line feeds sent as
/// carriage returns as a terminal does): the text goes into the prompt, and a newline in it is
/// never Enter, so a multi-line paste neither quits nor writes a file under a partial name.
@Suite(.serialized) struct BracketedPasteTests {
  func session() throws -> Tmux {
    let binary = Binary.url.path
    return try Tmux(width: 80, height: 24) { directory in
      "cd \"\(directory.path)\"; stty -g > before; \"\(binary)\" browse; echo $? > status; stty -g > after; sleep 5"
    }
  }

  func paste(_ text: String, into tmux: Tmux) throws {
    try tmux.tmux(["set-buffer", "-b", "imid-paste", text])
    try tmux.tmux(["paste-buffer", "-p", "-b", "imid-paste", "-t", tmux.session])
  }

  @Test func aMultiLinePasteIntoSearchIsTextAndDoesNotQuit() throws {
    let tmux = try session()
    try tmux.waitFor { $0.contains("Citation") }
    try tmux.send("/")
    try tmux.waitFor { $0.contains("/▏") }
    try paste("lenal\nq\nq\n", into: tmux)
    let screen = try tmux.waitFor { $0.contains("/lenal q q ▏") }
    #expect(screen.contains("/lenal q q ▏"), "the search holds the paste, newlines as spaces:\n\(screen)")
    #expect(screen.contains("Citation"), "still browsing:\n\(screen)")
    #expect(!FileManager.default.fileExists(atPath: tmux.directory.appendingPathComponent("status").path))
    try tmux.send("BSpace", "BSpace", "BSpace", "BSpace", "BSpace")
    let found = try tmux.waitFor { $0.contains("/lenal▏") }
    #expect(found.contains("›Lenalidomide"), "the pasted text searches:\n\(found)")
    try tmux.send("Escape")
    try tmux.waitFor { !$0.contains("/lenal") }
    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored, "stty -g differs after a paste")
  }

  @Test func aMultiLinePasteIntoTheFileNameWritesNothingUntilEnter() throws {
    let tmux = try session()
    try tmux.waitFor { $0.contains("Citation") }
    try tmux.send("e", "C-u")
    try tmux.waitFor { $0.contains("Export to: ▏") }
    try paste("pasted\n-name\n.txt", into: tmux)
    let screen = try tmux.waitFor { $0.contains("Export to: pasted-name.txt▏") }
    #expect(screen.contains("Export to: pasted-name.txt▏"), "\(screen)")
    let files = try FileManager.default.contentsOfDirectory(atPath: tmux.directory.path)
    #expect(!files.contains { $0.hasPrefix("pasted") }, "a newline in the paste wrote a file: \(files)")
    try tmux.send("Enter")
    #expect(tmux.waitForFile("pasted-name.txt")?.contains("Lenalidomide") == true)
    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored)
  }

  /// After the browser, the shell reads a line: a paste into it must arrive without the
  /// bracketed-paste markers, on every way out (q, a signal, a crash).
  @Test(arguments: ["q", "SIGTERM", "crash"])
  func bracketedPasteIsOffAfterTheBrowser(way: String) throws {
    let binary = Binary.url.path
    let environment = way == "crash" ? "IMID_TEST_CRASH=1" : ""
    let tmux = try Tmux(width: 80, height: 24) { directory in
      "cd \"\(directory.path)\"; \(environment) \"\(binary)\" browse < /dev/tty 2> err & echo $! > pid; wait $!; echo $? > status; head -n 1 > pasted; sleep 5"
    }
    switch way {
    case "q":
      try tmux.waitFor { $0.contains("Citation") }
      try tmux.send("q")
    case "SIGTERM":
      try tmux.waitFor { $0.contains("Citation") }
      if let text = tmux.waitForFile("pid"), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
        kill(pid, SIGTERM)
      }
    default:
      break
    }
    let status = tmux.waitForFile("status")
    #expect(status == ["q": "0\n", "SIGTERM": "143\n"][way] ?? status, "\(way): \(status ?? "no status")")
    try paste("after\n", into: tmux)
    let pasted = tmux.waitForFile("pasted")
    #expect(pasted == "after\n", "\(way): the shell got \((pasted ?? "nothing").unicodeScalars.map { $0.value })")
  }
}
