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

  func run() throws {
    guard Terminal.canBrowse else {
      throw CLIError(.usage, "browse needs a terminal (stdin and stdout a tty, TERM set and not 'dumb'); try 'imid list'")
    }
    let catalog = try CatalogFile.load(source.catalog).catalog
    try Browse.run(catalog)
  }
}

/// Runs the browser and exits with its status (0 on q, 128 + signal on a signal).
enum Browse {
  static func run(_ catalog: Catalog) throws(CLIError) {
    let status: Int32
    do {
      status = try TerminalBrowser.run(catalog: catalog, today: Terminal.today()) { effect in
        perform(effect, catalog: catalog)
      }
    } catch {
      throw CLIError(.usage, error.message)
    }
    if status != 0 { exit(status) }
  }

  /// Writes an export the browser asked for, as text at 80 columns, safely.
  static func perform(_ effect: BrowserEffect, catalog: Catalog) -> ExportOutcome {
    switch effect {
    case .export(let view, let path, let overwrite):
      let document = Exporter.export(catalog, view, format: .text, width: 80)
      // A file-size limit must not kill the browser mid-write: report it instead.
      signal(SIGXFSZ, SIG_IGN)
      do {
        try AtomicFileWriter.write(document.contents, to: path, overwrite: overwrite)
        return .written(summary: document.summary)
      } catch {
        return error.fileExists ? .exists : .failed(reason: error.message)
      }
    }
  }
}
