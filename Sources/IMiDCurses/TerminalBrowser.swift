import CCurses
import IMiDCore

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the browser on the terminal: reads keys, feeds them to `Browser.update`, paints
/// `BrowserView.render`, performs the effects the model asks for, and always restores the
/// terminal on the way out — on `q`, Ctrl-C, a signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) or a
/// crash (the C shim's fatal-signal handler).
public enum TerminalBrowser {
  /// Why the browser could not start.
  public struct StartFailure: Error, Sendable {
    /// One line for the user.
    public var message: String
  }

  /// Runs until the user quits; returns the exit status (0, or 128 + a signal number).
  /// - Parameters:
  ///   - catalog: what to browse.
  ///   - today: `YYYY-MM-DD`, for default export names.
  ///   - perform: carries out an export the model asks for and says what became of it.
  public static func run(
    catalog: Catalog, today: String, perform: (BrowserEffect) -> ExportOutcome
  ) throws(StartFailure) -> Int32 {
    imid_save_terminal()
    let noColor = (getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty == false
    guard imid_start(noColor ? 0 : 1) == 0 else {
      imid_stop()
      let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
      throw StartFailure(message: "cannot open the terminal (TERM=\(term)); try 'imid list'")
    }
    imid_install_signal_handlers()
    defer { imid_stop() }

    var state = BrowserState(catalog: catalog, width: Int(imid_columns()), height: Int(imid_lines()))
    state.today = today
    var painter = CursesPainter()
    painter.paint(BrowserView.render(state))
    // Test hook for the crash path: trap once the screen is up, as a bug would.
    if getenv("IMID_TEST_CRASH") != nil { fatalError("IMID_TEST_CRASH is set") }
    while true {
      let signal = imid_take_signal()
      if signal != 0 { return 128 + signal }
      guard var key = nextKey(waiting: 100) else { continue }
      var resized = false
      while true {
        if case .resize = key { resized = true }
        apply(key, to: &state, perform: perform)
        // Coalesce: take every key already waiting before drawing again, so held keys never lag.
        guard !state.shouldQuit, let more = nextKey(waiting: 0) else { break }
        key = more
      }
      if state.shouldQuit { return 0 }
      if resized { painter.invalidate() }
      painter.paint(BrowserView.render(state))
    }
  }

  private static func apply(_ key: Key, to state: inout BrowserState, perform: (BrowserEffect) -> ExportOutcome) {
    Browser.update(&state, key)
    if let effect = Browser.takeEffect(&state) { Browser.finishExport(&state, perform(effect)) }
  }

  private static func nextKey(waiting milliseconds: Int32) -> Key? {
    var value: UInt32 = 0
    switch imid_read(milliseconds, &value) {
    case 1: return KeyDecoder.character(value)
    case 2: return KeyDecoder.functionKey(value, columns: Int(imid_columns()), lines: Int(imid_lines()))
    default: return nil
    }
  }
}
