import ArgumentParser
import IMiDCore

/// `imid validate FILE`: checks a catalogue and prints its counts, or every problem found;
/// `--format json` prints either as one JSON document on standard output (for editors and CI),
/// with the same exit status.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a catalogue file: exit 0 with its counts, or 65 with every problem, one per line.",
    discussion: """
      With --format json, the outcome is one JSON document on standard output, whatever it is: \
      file, valid, errors, warnings, diagnostics (each with severity, message, path, line and \
      column) and, for a catalogue that loads, its summary and counts. The exit status is the same \
      as for text: 0 valid, 65 invalid, 66 unreadable.
      """)

  /// Text (problems on standard error) or one JSON document.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Option(help: "Output format: text or json.") var format: Format = .text
  @Argument(help: ArgumentHelp("Catalogue JSON file.", valueName: "file")) var file: String

  func run() throws {
    guard format == .json else {
      let loaded = try CatalogFile.load(file)
      for warning in loaded.warnings { Terminal.printError("imid: warning: \(warning)") }
      try Output.write(["\(PathName(argument: file).shown): ok: " + CatalogSummary.counts(loaded.catalog)])
      return
    }
    let path = PathName(argument: file)
    let bytes: [UInt8]
    do {
      bytes = try CatalogFile.readAll(path)
    } catch {
      // Unreadable (66) or over the size limit (65): the reason as the one diagnostic.
      let diagnostics = error.lines.map { Diagnostic(.error, source: path.shown, location: nil, message: Self.reason($0, path.shown)) }
      try Output.write(ValidationReport.json(file: path.shown, bytes: [], diagnostics: diagnostics, catalog: nil))
      throw CLIError(error.code, lines: [])
    }
    do {
      let loaded = try CatalogLoader.load(bytes, source: path.shown, currentYear: CatalogFile.currentYear())
      try Output.write(ValidationReport.json(file: path.shown, bytes: bytes, diagnostics: loaded.warnings, catalog: loaded.catalog))
    } catch let error as CatalogLoadError {
      try Output.write(ValidationReport.json(file: path.shown, bytes: bytes, diagnostics: error.diagnostics, catalog: nil))
      throw CLIError(.dataError, lines: [])
    }
  }

  /// A file error's line without the file name it starts with (the report names the file).
  private static func reason(_ line: String, _ file: String) -> String {
    line.hasPrefix(file + ": ") ? String(line.dropFirst(file.count + 2)) : line
  }
}
