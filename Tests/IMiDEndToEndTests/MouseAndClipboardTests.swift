#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import Testing

/// The terminal half of issue 16, in a real terminal (tmux): the mouse (clicks, a double click,
/// the wheel; `--no-mouse`), `y` onto the clipboard with OSC 52 (tmux keeps it as a buffer;
/// `--no-clipboard`), Ctrl-Z back to a job-control shell and `fg`, and `--color`.
@Suite(.serialized) struct MouseAndClipboardTests {
  /// A session that records `stty -g` before and after the browser, and its exit status.
  func session(arguments: String = "browse", environment: String = "", width: Int = 80, height: Int = 24) throws -> Tmux {
    let binary = Binary.url.path
    return try Tmux(width: width, height: height) { directory in
      "cd \"\(directory.path)\"; stty -g > before; \(environment) \"\(binary)\" \(arguments); echo $? > status; stty -g > after; sleep 5"
    }
  }

  func quit(_ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0", sourceLocation: sourceLocation)
    #expect(result.restored, "stty -g differs after quitting", sourceLocation: sourceLocation)
    // Mouse reports are off again, and the alternate screen is left.
    #expect(try tmux.flags() == "mouse 0 sgr 0 alternate 0", sourceLocation: sourceLocation)
  }

  // At 80×24 the Drugs pane's border is row 1; Thalidomide, Lenalidomide and Pomalidomide are
  // rows 2, 3 and 4 (0-based cells).

  @Test func aClickSelectsADrugAndADoubleClickFollowsIt() throws {
    let tmux = try session()
    try tmux.waitFor { $0.contains("Citation") }
    #expect(try tmux.flags() == "mouse 1 sgr 1 alternate 1", "the browser asks for SGR mouse reports")
    try tmux.click(x: 4, y: 4)
    var screen = try tmux.waitFor { $0.contains("›Pomalidomide") }
    #expect(screen.contains("›Pomalidomide"), "\(screen)")
    #expect(screen.contains("Citation · Pomalidomide"), "\(screen)")
    #expect(screen.contains("┏━ Drugs"), "the Drugs pane keeps the focus:\n\(screen)")

    // Two presses on Lenalidomide: selected, then followed (as Enter) to its page.
    try tmux.click(x: 4, y: 3, times: 2)
    screen = try tmux.waitFor { $0.hasPrefix("Lenalidomide (CC-5013)") && $0.contains("Mechanisms") }
    #expect(screen.hasPrefix("Lenalidomide (CC-5013)"), "a double click follows (as Enter):\n\(screen)")
    // q closes the page: the panes again, Lenalidomide still selected.
    try tmux.send("q")
    screen = try tmux.waitFor { $0.contains("┏━ Drugs") && $0.contains("›Lenalidomide") }
    #expect(screen.contains("›Lenalidomide"), "\(screen)")
    try quit(tmux)
  }

  @Test func theWheelMovesTheSelectionOfThePaneUnderThePointer() throws {
    let tmux = try session()
    try tmux.waitFor { $0.contains("Citation") }
    // Wheel down (button 65) over the Drugs pane: three rows, from the first drug to the fourth.
    try tmux.sendBytes("\u{1B}[<65;10;4M")
    var screen = try tmux.waitFor { $0.contains("›Iberdomide") }
    #expect(screen.contains("›Iberdomide"), "\(screen)")
    #expect(screen.contains("Citation · Iberdomide"), "\(screen)")
    // Wheel up (64) brings it back to the first.
    try tmux.sendBytes("\u{1B}[<64;10;4M")
    screen = try tmux.waitFor { $0.contains("›Thalidomide") }
    #expect(screen.contains("›Thalidomide"), "\(screen)")
    #expect(screen.contains("Citation · Thalidomide"), "\(screen)")
    try quit(tmux)
  }

  @Test func noMouseLeavesTheMouseToTheTerminal() throws {
    // The root command, so a browser flag goes through the parser instead of the quick launch.
    let tmux = try session(arguments: "--no-mouse")
    try tmux.waitFor { $0.contains("Citation") }
    #expect(try tmux.flags() == "mouse 0 sgr 0 alternate 1", "--no-mouse asked for mouse reports")
    // A click on Pomalidomide, then j: without the mouse, j moves from Thalidomide to
    // Lenalidomide (had the click selected Pomalidomide, j would leave it there).
    try tmux.click(x: 4, y: 4)
    try tmux.send("j")
    let screen = try tmux.waitFor { $0.contains("›Lenalidomide") || $0.contains("›Pomalidomide") }
    #expect(screen.contains("›Lenalidomide"), "the click acted despite --no-mouse:\n\(screen)")
    try quit(tmux)
  }

  @Test func yPutsTheSelectedSourceOnTheClipboard() throws {
    let tmux = try session()
    try tmux.tmux(["set", "-s", "set-clipboard", "on"])
    try tmux.waitFor { $0.contains("Citation") }
    // Lenalidomide × TNF-α, its evidence, then the first source listed in the Citation pane.
    try tmux.send("j", "Tab", "Enter")
    try tmux.waitFor { $0.contains("Citation · Lenalidomide × TNF-α") }
    try tmux.send("j", "y")
    let screen = try tmux.waitFor { $0.contains("Copied") }
    #expect(screen.contains("Copied the source Schafer 2003"), "\(screen)")
    let buffer = try tmux.tmux(["show-buffer"])
    #expect(buffer.contains("Schafer PH"), "tmux's buffer: \(buffer)")
    #expect(buffer.contains("PMID 12649301"), "tmux's buffer: \(buffer)")
    #expect(buffer.contains("doi:10.1124/jpet.102.048496"), "tmux's buffer: \(buffer)")
    #expect(!buffer.contains("Muller GW"), "only the selected source: \(buffer)")
    #expect(screen.contains("›Lenalidomide"), "nothing drawn out of place:\n\(screen)")
    try quit(tmux)
  }

  @Test func noClipboardCopiesNothingAndSaysSo() throws {
    let tmux = try session(arguments: "browse --no-clipboard")
    try tmux.tmux(["set", "-s", "set-clipboard", "on"])
    try tmux.waitFor { $0.contains("Citation") }
    try tmux.send("y")
    let screen = try tmux.waitFor { $0.contains("Not copied") }
    #expect(screen.contains("Not copied: the clipboard is off (--no-clipboard)"), "\(screen)")
    #expect(try tmux.tmux(["list-buffers"]).isEmpty, "a buffer despite --no-clipboard")
    try quit(tmux)
  }

  /// Ctrl-Z in a job-control shell (dash -i): the shell's prompt comes back with the terminal
  /// exactly as before the browser (stty -g, no mouse reports, main screen); `fg` redraws the
  /// browser as it was, and after a resize while stopped, at the new size.
  @Test func ctrlZSuspendsToTheShellAndFgComesBack() throws {
    let binary = Binary.url.path
    let tmux = try Tmux(width: 80, height: 24) { _ in "ENV=/dev/null PS1=\"shell> \" exec sh -i" }
    let directory = tmux.directory.path
    // (capture-pane drops the prompt's trailing space)
    try tmux.waitFor { $0.contains("shell>") }
    try tmux.type("cd \"\(directory)\" && stty -g > before && echo ready")
    try tmux.waitFor { $0.contains("\nready") }
    try tmux.type("\"\(binary)\" browse")
    try tmux.waitFor { $0.contains("Citation") }
    try tmux.send("j")
    let browsing = try tmux.waitFor { $0.contains("Citation · Lenalidomide") }

    try tmux.send("C-z")
    var screen = try tmux.waitFor { $0.contains("Stopped") }
    #expect(screen.contains("Stopped"), "no job stopped:\n\(screen)")
    #expect(try tmux.flags() == "mouse 0 sgr 0 alternate 0", "the terminal is not back to normal while stopped")
    try tmux.type("stty -g > during; echo suspended-$?")
    screen = try tmux.waitFor { $0.contains("suspended-0") }
    #expect(screen.contains("suspended-0"), "\(screen)")
    let before = try String(contentsOfFile: directory + "/before", encoding: .utf8)
    let during = try String(contentsOfFile: directory + "/during", encoding: .utf8)
    #expect(!before.isEmpty && before == during, "stty -g while suspended: \(during) instead of \(before)")

    try tmux.type("fg")
    screen = try tmux.waitFor { $0 == browsing }
    #expect(screen == browsing, "not drawn as it was:\n\(screen)\n---\n\(browsing)")
    #expect(try tmux.flags() == "mouse 1 sgr 1 alternate 1", "mouse reports not back after fg")
    try tmux.click(x: 4, y: 4)
    screen = try tmux.waitFor { $0.contains("›Pomalidomide") }
    #expect(screen.contains("›Pomalidomide"), "the mouse does not work after fg:\n\(screen)")

    // Stopped again, the terminal made larger meanwhile: fg draws at the new size.
    try tmux.send("C-z")
    try tmux.waitFor { $0.contains("Stopped") }
    try tmux.resize(width: 100, height: 30)
    // The shell (in the foreground) sees the new size before fg: the browser was stopped and
    // got no SIGWINCH, so only its own check on waking up can find the size out.
    try tmux.type("stty size")
    screen = try tmux.waitFor { $0.contains("\n30 100") }
    #expect(screen.contains("\n30 100"), "\(screen)")
    try tmux.type("fg")
    // Waits for the whole frame at the new width, not a half-painted one (a loaded machine).
    let atNewWidth = { (screen: String) in
      screen.contains("Citation · Pomalidomide")
        && screen.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.hasSuffix("┐") && $0.count == 100 }
    }
    screen = try tmux.waitFor(5, atNewWidth)
    #expect(atNewWidth(screen), "not drawn at 100 columns:\n\(screen)")

    try tmux.send("q")
    try tmux.waitFor { $0.contains("shell>") && !$0.contains("Citation") }
    try tmux.type("stty -g > after; echo quit-$?")
    try tmux.waitFor { $0.contains("quit-0") }
    let after = try String(contentsOfFile: directory + "/after", encoding: .utf8)
    #expect(before == after, "stty -g after quitting: \(after) instead of \(before)")
    #expect(try tmux.flags() == "mouse 0 sgr 0 alternate 0")
  }

  @Test func colorNeverDrawsNoColoursAndAlwaysDrawsThemDespiteNoColor() throws {
    // The test runner sets NO_COLOR=1, and sessions inherit it: unset it for never.
    #expect(try !colours(arguments: "--color never", environment: "env -u NO_COLOR"), "colours with --color never")
    #expect(try colours(arguments: "browse --color always", environment: "NO_COLOR=1"), "no colours with --color always")
    #expect(try colours(arguments: "browse --color auto", environment: "env -u NO_COLOR"), "no colours with --color auto")
    #expect(try !colours(arguments: "browse --color=auto", environment: "NO_COLOR=1"), "colours with auto and NO_COLOR")
  }

  /// Whether the browser's first screen sets any colour (tmux capture-pane -e).
  func colours(arguments: String, environment: String) throws -> Bool {
    let tmux = try session(arguments: arguments, environment: environment)
    defer { tmux.close() }
    let screen = try tmux.waitFor { $0.contains("Citation") }
    #expect(screen.contains("Citation"), "\(arguments): \(screen)")
    let styled = try tmux.screen(escapes: true)
    #expect(styled.contains("\u{1B}["), "\(arguments): no attributes either")
    try tmux.send("q")
    // SGR parameters that set a colour: 30–38, 90–97 (foreground), 40–48, 100–107 (background).
    let setters: Set<Int> = Set(30...38).union(40...48).union(90...97).union(100...107)
    let pattern = try NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
    for match in pattern.matches(in: styled, range: NSRange(styled.startIndex..., in: styled)) {
      guard let parameters = Range(match.range(at: 1), in: styled) else { continue }
      if styled[parameters].split(separator: ";").compactMap({ Int($0) }).contains(where: setters.contains) { return true }
    }
    return false
  }
}

extension Tmux {
  /// Sends `text` as raw bytes to the program (tmux send-keys -H), e.g. a mouse report.
  func sendBytes(_ text: String) throws {
    try tmux(["send-keys", "-t", session, "-H"] + text.utf8.map { String($0, radix: 16) })
  }

  /// Presses and releases button 1 `times` times at the 0-based cell (x, y), as SGR (1006)
  /// reports, in one write (a double click must not depend on how fast tmux is started twice).
  func click(x: Int, y: Int, times: Int = 1) throws {
    try sendBytes(String(repeating: "\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m", count: times))
  }

  /// Types a line into the shell and presses Enter.
  func type(_ line: String) throws {
    try tmux(["send-keys", "-t", session, "-l", line])
    try send("Enter")
  }

  /// What the pane's program asked of the terminal: any mouse reports, SGR coordinates, the
  /// alternate screen (1 or 0 each).
  func flags() throws -> String {
    try tmux(["display-message", "-p", "-t", session, "mouse #{mouse_any_flag} sgr #{mouse_sgr_flag} alternate #{alternate_on}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
