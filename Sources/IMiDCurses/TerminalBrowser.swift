import CCurses
import IMiDCore

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the browser on the terminal: reads keys, feeds them to `Browser.update`, paints
/// `BrowserView.render`, performs the effects the model asks for, and always restores the
/// terminal on the way out — on `q`, Ctrl-C, any signal whose default action ends the process
/// (SIGTERM, SIGHUP, SIGUSR1, SIGPIPE, SIGXCPU, the real-time signals, …: see the C shim) or a
/// crash (the C shim's fatal-signal handler).
public enum TerminalBrowser {
  /// Why the browser could not start.
  public struct StartFailure: Error, Sendable {
    /// One line for the user.
    public var message: String
  }

  /// A large catalogue still loading: the browser shows its preview (`CatalogLoader.preview`)
  /// at once and swaps in the whole catalogue when `load` returns.
  public struct PendingCatalog: Sendable {
    /// What the panes and status line say meanwhile, e.g. "Loading big.json (77 MB)…".
    public var note: String
    /// Loads and validates the whole catalogue; runs on a thread of its own.
    public var load: @Sendable () -> Result<Catalog, CatalogLoadError>

    /// Creates a pending catalogue.
    public init(note: String, load: @escaping @Sendable () -> Result<Catalog, CatalogLoadError>) {
      self.note = note
      self.load = load
    }
  }

  /// How the browser ended.
  public enum Ending: Sendable, Equatable {
    /// The user quit (0). (A signal never returns here: the process ends by it, see `run`;
    /// 128 + the signal only if that signal somehow did not end it.)
    case status(Int32)
    /// The catalogue that was loading turned out to be broken; the terminal is restored, and
    /// the caller reports the errors (exit 65).
    case loadFailed(CatalogLoadError)
  }

  /// Runs until the user quits.
  ///
  /// A signal whose default action ends the process restores the terminal and then ends the
  /// process by that same signal (reset to its default action and raised), rather than
  /// exiting 128 + the signal: the parent's `wait` then sees what killing any program shows
  /// (`WIFSIGNALED`, the shell's `$?` is 128 + the signal, e.g. 143 for SIGTERM, 129 for
  /// SIGHUP, 130 for SIGINT, 131 for SIGQUIT), and a shell script stops on SIGINT as it should.
  /// - Parameters:
  ///   - catalog: what to browse (or, with `pending`, the preview shown while it loads).
  ///   - pending: the whole catalogue, still loading.
  ///   - today: `YYYY-MM-DD`, for default export names.
  ///   - perform: carries out an export the model asks for, from the catalogue browsed, and
  ///     says what became of it.
  public static func run(
    catalog: Catalog, pending: PendingCatalog? = nil, today: String,
    perform: (BrowserEffect, Catalog) -> ExportOutcome
  ) throws(StartFailure) -> Ending {
    imid_save_terminal()
    let noColor = (getenv("NO_COLOR").map { String(cString: $0) } ?? "").isEmpty == false
    guard imid_start(noColor ? 0 : 1) == 0 else {
      imid_stop()
      let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
      throw StartFailure(message: "cannot open the terminal (TERM=\(term)); try 'imid list'")
    }
    imid_install_signal_handlers()
    let ending = browse(catalog: catalog, pending: pending, today: today, perform: perform)
    imid_stop()
    // Back to the dispositions found at start, then act on a signal that came meanwhile (one
    // arriving after this acts by itself: the terminal is restored already).
    imid_restore_signal_handlers()
    let signal = imid_take_signal()
    if signal != 0 {
      imid_end_by_signal(signal)
      return .status(128 + signal)
    }
    return ending
  }

  /// The loop: returns when the user quits, the loading catalogue turns out broken, or a
  /// signal is pending (left for `run` to take after restoring the terminal).
  private static func browse(
    catalog: Catalog, pending: PendingCatalog?, today: String, perform: (BrowserEffect, Catalog) -> ExportOutcome
  ) -> Ending {
    var state = BrowserState(catalog: catalog, width: Int(imid_columns()), height: Int(imid_lines()))
    state.today = today
    var loading: BackgroundTask<Result<Catalog, CatalogLoadError>>?
    if let pending {
      Browser.startLoading(&state, note: pending.note)
      loading = BackgroundTask.start(pending.load)
    }
    var painter = CursesPainter()
    painter.paint(BrowserView.render(state))
    // Test hook for the crash path: trap once the screen is up, as a bug would.
    if getenv("IMID_TEST_CRASH") != nil { fatalError("IMID_TEST_CRASH is set") }
    while true {
      let signal = imid_pending_signal()
      if signal != 0 { return .status(128 + signal) }
      if let task = loading, let result = task.result() {
        loading = nil
        switch result {
        case .success(let whole): Browser.catalogueLoaded(&state, whole) { perform($0, whole) }
        case .failure(let error): return .loadFailed(error)
        }
        if state.shouldQuit { return .status(0) }
        painter.paint(BrowserView.render(state))
      }
      guard var key = nextKey(waiting: loading == nil ? 100 : 10) else { continue }
      var resized = false
      while true {
        if case .resize = key { resized = true }
        apply(key, to: &state, perform: perform)
        // Coalesce: take every key already waiting before drawing again, so held keys never lag.
        guard !state.shouldQuit, let more = nextKey(waiting: 0) else { break }
        key = more
      }
      if state.shouldQuit { return .status(0) }
      if resized { painter.invalidate() }
      painter.paint(BrowserView.render(state))
    }
  }

  private static func apply(_ key: Key, to state: inout BrowserState, perform: (BrowserEffect, Catalog) -> ExportOutcome) {
    Browser.update(&state, key)
    if let effect = Browser.takeEffect(&state) { Browser.finishExport(&state, perform(effect, state.catalog)) }
  }

  private static func nextKey(waiting milliseconds: Int32) -> Key? {
    var value: UInt32 = 0
    switch imid_read(milliseconds, &value) {
    case 1: return KeyDecoder.character(value)
    case 2 where value == imid_key_paste_begin: return PasteReader.read()
    case 2: return KeyDecoder.functionKey(value, columns: Int(imid_columns()), lines: Int(imid_lines()))
    default: return nil
    }
  }
}
