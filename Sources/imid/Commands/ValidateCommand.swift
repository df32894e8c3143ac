import ArgumentParser
import IMiDCore

/// `imid validate FILE`: checks a catalogue and prints its counts, or every problem found.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check a catalogue file: exit 0 with its counts, or 65 with every problem, one per line.")

  @Argument(help: ArgumentHelp("Catalogue JSON file.", valueName: "file")) var file: String

  func run() throws {
    let loaded = try CatalogFile.load(file)
    for warning in loaded.warnings { Terminal.printError("imid: warning: \(warning)") }
    try Output.write(["\(PathName(argument: file).shown): ok: " + CatalogSummary.counts(loaded.catalog)])
  }
}
