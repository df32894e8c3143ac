#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import IMiDCore

/// What the command line needs to know about its terminal (the browser's terminal code lives apart).
enum Terminal {
  /// Whether standard output is a terminal.
  static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Whether the browser can run here: standard input and output are terminals and TERM names
  /// one that can address the cursor.
  static var canBrowse: Bool {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, let term = getenv("TERM") else { return false }
    let name = String(cString: term)
    return !name.isEmpty && name != "dumb"
  }

  /// Today's date as YYYY-MM-DD (local time), for default export names.
  static func today() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))"
  }

  /// Width for text output: the terminal's when stdout is one, else 80.
  static func outputWidth() -> Int {
    guard stdoutIsTerminal else { return 80 }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }

  /// Writes a line to standard error, sanitised: whatever it quotes (a key name, an id, a
  /// path, typed text) shows its control characters as visible escapes, so the message is one
  /// line and nothing in it acts on the terminal.
  static func printError(_ line: String) {
    var text = TextSafety.sanitized(line) + "\n"
    // A failure to write stderr has nowhere left to be reported.
    _ = text.withUTF8 { SystemCall.writeAll(STDERR_FILENO, $0) }
  }
}
