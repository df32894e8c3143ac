#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser
import IMiDCatalogData
import IMiDCore
import IMiDCurses

/// `imid browse`: the three-pane browser (also what `imid` opens on a terminal).
struct BrowseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "browse", abstract: "Open the browser: Drugs, Mechanisms and Citation panes (? lists the keys).")

  @OptionGroup var source: CatalogOption
  @OptionGroup var terminal: TerminalOptions
  // Here only, not on the root command, whose options would take export's --ascii.
  @Flag(help: "Draw in plain ASCII (TNF-alpha, +-| frames, ^ for after the review); automatic when the locale is not UTF-8.")
  var ascii = false

  func run() throws {
    guard Terminal.canBrowse else {
      throw CLIError(.usage, "browse needs a terminal (stdin and stdout a tty, TERM set and not 'dumb'); try 'imid list'")
    }
    var options = terminal.resolved
    options.ascii = ascii
    try Browse.run(source.catalog, options: options)
  }
}

/// Runs the browser and exits with its status: 0 on q, 65 when the catalogue is broken; on a
/// signal the browser restores the terminal and dies of that signal (a shell sees 128 + n).
enum Browse {
  /// Catalogue files at least this large open on a preview of their first drugs while the
  /// whole file loads in the background (about 5,000 drugs; smaller ones load in well under
  /// the time of a frame).
  static let previewThreshold = 4 << 20

  /// Reads the catalogue at `path` (nil: the built-in one) and browses it. A file that cannot
  /// be read (66) or is over the size limit (65) is reported before the terminal is touched.
  static func run(_ path: String?, options: TerminalBrowser.Options = TerminalBrowser.Options()) throws(CLIError) {
    let ending: TerminalBrowser.Ending
    let year = CatalogFile.currentYear()
    let bytes: [UInt8]
    let source: String
    if let argument = path {
      let file = PathName(argument: argument)
      source = file.shown
      bytes = try CatalogFile.readAll(file)
    } else {
      (bytes, source) = (BuiltinCatalog.bytes, BuiltinCatalog.sourceName)
    }
    if bytes.count >= previewThreshold,
      let preview = CatalogLoader.preview(bytes, source: source, currentYear: year, drugLimit: 500)
    {
      let megabytes = (bytes.count + 500_000) / 1_000_000
      let pending = TerminalBrowser.PendingCatalog(note: "Loading \(source) (\(megabytes) MB)…") {
        load(bytes, source: source, year: year)
      }
      ending = try start { perform throws(TerminalBrowser.StartFailure) in
        try TerminalBrowser.run(catalog: preview, pending: pending, today: Terminal.today(), options: options, perform: perform)
      }
    } else {
      // Loaded on a thread of its own while this one sets up the terminal. The built-in
      // catalogue opens from its snapshot there, without being read again (it is loaded
      // should the snapshot not fit).
      let builtin = path == nil
      ending = try start { perform throws(TerminalBrowser.StartFailure) in
        try TerminalBrowser.run(
          loading: {
            builtin
              ? Result { () throws(CatalogLoadError) in try BuiltinCatalog.load(currentYear: year).catalog }
              : load(bytes, source: source, year: year)
          },
          today: Terminal.today(), options: options, perform: perform)
      }
    }
    switch ending {
    case .status(let status): if status != 0 { exit(status) }
    case .loadFailed(let error): throw CatalogFile.dataError(error)
    }
  }

  /// Loads and validates catalogue bytes, for the browser to take from its loading thread.
  private static func load(_ bytes: [UInt8], source: String, year: Int) -> Result<Catalog, CatalogLoadError> {
    Result { () throws(CatalogLoadError) in
      try CatalogLoader.load(bytes, source: source, currentYear: year).catalog
    }
  }

  /// Runs the browser through `browser`, which is given the export performer; a terminal that
  /// cannot start is a usage error (64).
  private static func start(
    _ browser: (_ perform: (BrowserEffect, Catalog) -> ExportOutcome) throws(TerminalBrowser.StartFailure) -> TerminalBrowser.Ending
  ) throws(CLIError) -> TerminalBrowser.Ending {
    do {
      return try browser { effect, catalog in perform(effect, catalog: catalog) }
    } catch {
      throw CLIError(.usage, error.message)
    }
  }

  /// Writes an export the browser asked for, in the format its name asks for (text at 80 columns), safely.
  static func perform(_ effect: BrowserEffect, catalog: Catalog) -> ExportOutcome {
    switch effect {
    case .export(let view, let path, let overwrite):
      // The format the name asks for (the prompt refuses endings it does not know).
      let document = Exporter.export(catalog, view, format: ExportFormat(fileName: path) ?? .text, width: 80)
      // A file-size limit must not kill the browser mid-write: report it instead, then let
      // the browser's own handler have SIGXFSZ back.
      let previous = signal(SIGXFSZ, SIG_IGN)
      defer { signal(SIGXFSZ, previous) }
      do {
        try AtomicFileWriter.write(document.contents, to: PathName(path), overwrite: overwrite)
        return .written(summary: document.summary)
      } catch {
        return error.fileExists ? .exists : .failed(reason: error.message)
      }
    case .suspend, .copy:
      // The terminal driver carries these out itself (it owns the terminal); never here.
      return .failed(reason: "not an export")
    }
  }
}
