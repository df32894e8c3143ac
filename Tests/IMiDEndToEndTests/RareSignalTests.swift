#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import Testing

/// Every signal whose default action ends the process, the usual four and the rare ones, leaves the
/// terminal as it was: settings (`stty -g`), the normal screen back (the shell's text shows,
/// the pane is off the alternate screen), the cursor visible, bracketed paste off; and the
/// process ends with the usual status, 128 + the signal.
@Suite(.serialized) struct RareSignalTests {
  /// A signal, its name for messages, and the status the shell reports.
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let number: Int32
    var testDescription: String { "SIG\(name)" }
  }

  static let cases: [Case] = [
    Case(name: "TERM", number: SIGTERM), Case(name: "HUP", number: SIGHUP), Case(name: "QUIT", number: SIGQUIT),
    Case(name: "INT", number: SIGINT),
    Case(name: "USR1", number: SIGUSR1), Case(name: "USR2", number: SIGUSR2), Case(name: "ALRM", number: SIGALRM),
    Case(name: "PIPE", number: SIGPIPE), Case(name: "XCPU", number: SIGXCPU), Case(name: "XFSZ", number: SIGXFSZ),
    Case(name: "VTALRM", number: SIGVTALRM), Case(name: "PROF", number: SIGPROF), Case(name: "PWR", number: SIGPWR),
    Case(name: "SYS", number: SIGSYS), Case(name: "STKFLT", number: SIGSTKFLT), Case(name: "IO", number: SIGIO),
    Case(name: "RTMIN", number: __libc_current_sigrtmin()), Case(name: "RTMAX", number: __libc_current_sigrtmax()),
  ]

  @Test(arguments: cases)
  func aRareSignalRestoresTheTerminal(signal: Case) throws {
    let binary = Binary.url.path
    // The browser runs as a job of the session shell, so the test can signal it by pid; its
    // input is the terminal explicitly (a background job's would otherwise be /dev/null).
    let tmux = try Tmux(width: 80, height: 24) { directory in
      "cd \"\(directory.path)\"; echo shell-before-imid; stty -g > before; \"\(binary)\" browse < /dev/tty & echo $! > pid; wait $!; echo $? > status; stty -g > after; echo shell-after-imid; sleep 5"
    }
    try tmux.waitFor { $0.contains("Citation") }
    guard let text = tmux.waitForFile("pid"), let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
      Issue.record("no pid")
      return
    }
    try tmux.send("j")  // the browser is live
    try tmux.waitFor { $0.contains("›Lenalidomide") }
    #expect(try modes(tmux) == ["1", "0"], "on the alternate screen, cursor hidden, while browsing")
    kill(pid, signal.number)
    let result = try tmux.finish()
    #expect(result.status == String(128 + signal.number), "SIG\(signal.name)")
    #expect(result.restored, "stty -g differs after SIG\(signal.name)")
    let screen = try tmux.waitFor { $0.contains("shell-after-imid") }
    #expect(screen.contains("shell-before-imid") && screen.contains("shell-after-imid"), "the shell's screen: \(screen)")
    #expect(!screen.contains("Citation"), "the browser's screen is gone: \(screen)")
    #expect(try modes(tmux) == ["0", "1"], "alternate screen left, cursor visible after SIG\(signal.name)")
  }

  /// Whether the pane is on the alternate screen, and whether its cursor is visible ("0"/"1").
  func modes(_ tmux: Tmux) throws -> [String] {
    let text = try tmux.tmux(["display-message", "-p", "-t", tmux.session, "#{alternate_on} #{cursor_flag}"])
    return text.split(whereSeparator: \.isWhitespace).map(String.init)
  }
}
