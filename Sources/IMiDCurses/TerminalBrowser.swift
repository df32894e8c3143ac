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

  /// When to use colours (`--color`).
  public enum ColorChoice: String, Sendable, CaseIterable {
    /// When the terminal has them and `NO_COLOR` is unset or empty.
    case auto
    /// Whenever the terminal has them, `NO_COLOR` or not.
    case always
    /// Never: attributes only (bold, reverse, underline).
    case never

    /// Whether to ask curses for colours, given the value of `NO_COLOR` (nil: unset).
    public func wantsColors(noColor: String?) -> Bool {
      switch self {
      case .auto: return noColor?.isEmpty ?? true
      case .always: return true
      case .never: return false
      }
    }
  }

  /// How the browser uses the terminal.
  public struct Options: Sendable, Equatable {
    /// Colours (`--color`).
    public var color: ColorChoice
    /// Mouse reports: clicks select, a double click follows, the wheel scrolls (`--no-mouse`
    /// leaves the mouse to the terminal, for selecting text).
    public var mouse: Bool
    /// `y` puts text on the terminal's clipboard with OSC 52 (`--no-clipboard`: never).
    public var clipboard: Bool
    /// Plain ASCII screens (`--ascii`); otherwise ASCII exactly when the locale's character
    /// set is not UTF-8 (`LANG=C`, `LC_ALL=C`, no `LANG`), where other characters would vanish.
    public var ascii: Bool

    /// Creates options; the defaults are what `imid` does with no flags.
    public init(color: ColorChoice = .auto, mouse: Bool = true, clipboard: Bool = true, ascii: Bool = false) {
      self.color = color
      self.mouse = mouse
      self.clipboard = clipboard
      self.ascii = ascii
    }
  }

  /// The most text `y` puts on the clipboard, in UTF-8 bytes (about 133 KB once encoded):
  /// terminals cap OSC 52 (xterm and tmux accept far more, some a few hundred KB at most).
  public static let copyLimit = 100 * 1024

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
  ///   - options: colours, mouse and clipboard.
  ///   - perform: carries out an export the model asks for, from the catalogue browsed, and
  ///     says what became of it. (Suspending and copying touch only the terminal: done here.)
  public static func run(
    catalog: Catalog, pending: PendingCatalog? = nil, today: String, options: Options = Options(),
    perform: (BrowserEffect, Catalog) -> ExportOutcome
  ) throws(StartFailure) -> Ending {
    try run(today: today, options: options, perform: perform) { .success((catalog, pending)) }
  }

  /// Runs until the user quits, like `run(catalog:…)`, on a catalogue that `load` reads and
  /// validates (or, for the built-in catalogue, opens from its snapshot) on a thread of its own
  /// while this one sets up the terminal, and the first frame comes that much sooner. Nothing
  /// is drawn before the catalogue is whole; a broken one ends the browser at once
  /// (`.loadFailed`, the terminal restored), and a signal that comes while waiting for it is
  /// acted on as soon as it comes. `today` is read once the loading has started (the local date
  /// reads the time zone file).
  public static func run(
    loading load: @escaping @Sendable () -> Result<Catalog, CatalogLoadError>,
    today: @autoclosure () -> String, options: Options = Options(), perform: (BrowserEffect, Catalog) -> ExportOutcome
  ) throws(StartFailure) -> Ending {
    let loading = BackgroundTask.start(load)
    return try run(today: today(), options: options, perform: perform) {
      // The key table and its status-line hints, which the first frame shows, are built
      // while the catalogue is still loading rather than after it.
      _ = KeyMap.hints(in: .drugs)
      while true {
        if let result = loading.wait(milliseconds: 10) { return result.map { ($0, nil) } }
        if imid_pending_signal() != 0 { return nil }
      }
    }
  }

  /// Sets up the terminal, then browses what `catalogue` gives (nil: a signal came first; a
  /// failure: the catalogue is broken), and restores the terminal on the way out.
  private static func run(
    today: String, options: Options, perform: (BrowserEffect, Catalog) -> ExportOutcome,
    catalogue: () -> Result<(Catalog, PendingCatalog?), CatalogLoadError>?
  ) throws(StartFailure) -> Ending {
    imid_save_terminal()
    let colors = options.color.wantsColors(noColor: getenv("NO_COLOR").map { String(cString: $0) })
    guard imid_start(colors ? 1 : 0, options.mouse ? 1 : 0) == 0 else {
      imid_stop()
      // A broken catalogue is reported before a terminal that cannot start, as it was when
      // the catalogue loaded first.
      if case .failure(let error)? = catalogue() { return .loadFailed(error) }
      let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
      throw StartFailure(message: "cannot open the terminal (TERM=\(term)); try 'imid list'")
    }
    imid_install_signal_handlers()
    var options = options
    options.ascii = options.ascii || imid_locale_is_utf8() == 0
    let ending: Ending
    switch catalogue() {
    case .success(let (catalog, pending))?:
      ending = browse(catalog: catalog, pending: pending, today: today, options: options, perform: perform)
    case .failure(let error)?:
      ending = .loadFailed(error)
    case nil:
      ending = .status(0)  // a signal is pending: taken below
    }
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
    catalog: Catalog, pending: PendingCatalog?, today: String, options: Options,
    perform: (BrowserEffect, Catalog) -> ExportOutcome
  ) -> Ending {
    // In ASCII the model browses the catalogue transliterated (TNF-alpha), and draws ASCII
    // glyphs; exports still write the catalogue as it is.
    var original = catalog
    let shown = { (catalog: Catalog) in options.ascii ? catalog.mappingText(ASCIIText.transliterate) : catalog }
    var state = BrowserState(catalog: shown(catalog), width: Int(imid_columns()), height: Int(imid_lines()))
    state.ascii = options.ascii
    state.today = today
    var loading: BackgroundTask<Result<Catalog, CatalogLoadError>>?
    if let pending {
      Browser.startLoading(&state, note: pending.note)
      loading = BackgroundTask.start(pending.load)
    }
    var painter = CursesPainter()
    var clicks = DoubleClick()
    painter.paint(BrowserView.render(state))
    // Test hook for the crash path: trap once the screen is up, as a bug would.
    if getenv("IMID_TEST_CRASH") != nil { fatalError("IMID_TEST_CRASH is set") }
    while true {
      let signal = imid_pending_signal()
      if signal != 0 { return .status(128 + signal) }
      if let task = loading, let result = task.result() {
        loading = nil
        switch result {
        case .success(let loaded):
          original = loaded
          let whole = shown(loaded)
          // Keys typed while loading are replayed: an export among them goes to `perform`, a
          // suspend or a copy is carried out here (its status line is set once replay ends).
          var repaint = false
          var copied: (what: String, failure: String?)?
          Browser.catalogueLoaded(&state, whole) { effect in
            switch effect {
            case .export: return perform(effect, loaded)
            case .suspend:
              imid_suspend()
              repaint = true
            case .copy(let text, let what):
              copied = (what, copy(text, options: options))
            }
            return .failed(reason: "not an export")  // ignored: no export prompt is open
          }
          if let (what, failure) = copied { report(copy: what, failure: failure, in: &state) }
          if repaint {
            Browser.update(&state, .resize(width: Int(imid_columns()), height: Int(imid_lines())))
            painter.invalidate()
          }
        case .failure(let error): return .loadFailed(error)
        }
        if state.shouldQuit { return .status(0) }
        painter.paint(BrowserView.render(state))
      }
      guard var key = nextKey(waiting: loading == nil ? 100 : 10, options: options, clicks: &clicks) else { continue }
      var repaint = false
      while true {
        if case .resize = key { repaint = true }
        if apply(key, to: &state, exporting: original, options: options, perform: perform) { repaint = true }
        // Coalesce: take every key already waiting before drawing again, so held keys never lag.
        guard !state.shouldQuit, imid_pending_signal() == 0,
          let more = nextKey(waiting: 0, options: options, clicks: &clicks)
        else { break }
        key = more
      }
      if state.shouldQuit { return .status(0) }
      if repaint { painter.invalidate() }
      painter.paint(BrowserView.render(state))
    }
  }

  /// Applies a key and carries out the effect it asks for; true when the whole screen must be
  /// repainted (back from a suspend).
  private static func apply(
    _ key: Key, to state: inout BrowserState, exporting catalog: Catalog, options: Options,
    perform: (BrowserEffect, Catalog) -> ExportOutcome
  ) -> Bool {
    Browser.update(&state, key)
    guard let effect = Browser.takeEffect(&state) else { return false }
    switch effect {
    case .export:
      // From the catalogue as it is, even when the screen shows it transliterated.
      Browser.finishExport(&state, perform(effect, catalog))
      return false
    case .suspend:
      // Ctrl-Z: back to the shell until `fg` (see `imid_suspend`).
      imid_suspend()
      // The terminal may have been resized meanwhile: the model learns its size now.
      Browser.update(&state, .resize(width: Int(imid_columns()), height: Int(imid_lines())))
      return true
    case .copy(let text, let what):
      report(copy: what, failure: copy(text, options: options), in: &state)
      return false
    }
  }

  /// Writes `text` to the clipboard with OSC 52; nil when done, else why not.
  private static func copy(_ text: String, options: Options) -> String? {
    guard options.clipboard else { return "" }
    var text = text
    return text.withUTF8 { bytes in
      guard bytes.count <= copyLimit else {
        return "\((bytes.count + 1023) / 1024) KB is more than a terminal's clipboard takes (\(copyLimit / 1024) KB); try e to export"
      }
      return imid_copy(bytes.baseAddress, bytes.count) == 0 ? nil : "the terminal could not be written"
    }
  }

  /// The status line for a copy: done, off (`--no-clipboard`, an empty failure), or failed.
  private static func report(copy what: String, failure: String?, in state: inout BrowserState) {
    switch failure {
    case nil: Browser.finishCopy(&state, what: what, copied: true)
    case ""?: Browser.finishCopy(&state, what: what, copied: false)
    case let reason?: Browser.failCopy(&state, reason: reason)
    }
  }

  private static func nextKey(waiting milliseconds: Int32, options: Options, clicks: inout DoubleClick) -> Key? {
    var value: UInt32 = 0
    switch imid_read(milliseconds, &value) {
    case 1: return KeyDecoder.character(value)
    case 2 where value == imid_key_paste_begin: return PasteReader.read()
    case 2 where value == imid_key_mouse:
      var x: Int32 = 0
      var y: Int32 = 0
      let button = imid_read_mouse(&x, &y)
      // With the mouse off a stray report (curses still knows the sequence) does nothing.
      return options.mouse ? KeyDecoder.mouse(button: button, x: x, y: y, clicks: &clicks) : nil
    case 2: return KeyDecoder.functionKey(value, columns: Int(imid_columns()), lines: Int(imid_lines()))
    default: return nil
    }
  }
}
