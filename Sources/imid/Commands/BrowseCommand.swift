#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser
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

  /// Reads the catalogue at `path` (nil: the built-in one) and browses it.
  static func run(_ path: String?, options: TerminalBrowser.Options = TerminalBrowser.Options()) throws(CLIError) {
    let ending: TerminalBrowser.Ending
    if let argument = path {
      let file = PathName(argument: argument)
      let path = file.shown
      let bytes = try CatalogFile.readAll(file)
      let year = CatalogFile.currentYear()
      if bytes.count >= previewThreshold,
        let preview = CatalogLoader.preview(bytes, source: path, currentYear: year, drugLimit: 500)
      {
        let megabytes = (bytes.count + 500_000) / 1_000_000
        let pending = TerminalBrowser.PendingCatalog(note: "Loading \(path) (\(megabytes) MB)…") {
          Result { () throws(CatalogLoadError) in try CatalogLoader.load(bytes, source: path, currentYear: year).catalog }
        }
        ending = try start(preview, pending: pending, options: options)
      } else {
        ending = try start(CatalogFile.load(bytes, source: path).catalog, pending: nil, options: options)
      }
    } else {
      ending = try start(CatalogFile.load(nil).catalog, pending: nil, options: options)
    }
    switch ending {
    case .status(let status): if status != 0 { exit(status) }
    case .loadFailed(let error): throw CatalogFile.dataError(error)
    }
  }

  private static func start(
    _ catalog: Catalog, pending: TerminalBrowser.PendingCatalog?, options: TerminalBrowser.Options
  ) throws(CLIError) -> TerminalBrowser.Ending {
    do {
      return try TerminalBrowser.run(catalog: catalog, pending: pending, today: Terminal.today(), options: options) { effect, catalog in
        perform(effect, catalog: catalog)
      }
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
