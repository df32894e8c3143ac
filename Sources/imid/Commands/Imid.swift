import ArgumentParser
import IMiDCore

/// The root command. With no subcommand it opens the browser on a terminal, and prints the drug
/// list when standard output is not a terminal, so `imid | grep …` works in scripts.
struct Imid: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "imid",
    abstract: "Read, compare and cite what is known about thalidomide, lenalidomide, pomalidomide and the cereblon modulators after them.",
    discussion: """
      With no subcommand, imid opens the browser when standard output is a terminal and prints \
      the drug list otherwise. A DRUG is matched by id, name, code name or brand, ignoring case \
      (imid show cc-5013). Exit status: 0 ok, 64 usage, 65 bad catalogue data, 66 catalogue \
      file missing or unreadable.
      """,
    version: version,
    subcommands: [BrowseCommand.self, ListCommand.self, ShowCommand.self, MatrixCommand.self, CompareCommand.self, CiteCommand.self, ReviewCommand.self, TimelineCommand.self, ExportCommand.self, ValidateCommand.self, ManualPageCommand.self]
  )

  @OptionGroup var source: CatalogOption
  @OptionGroup var terminal: TerminalOptions

  func run() throws {
    if Terminal.canBrowse {
      try Browse.run(source.catalog, options: terminal.resolved)
    } else {
      let catalog = try CatalogFile.load(source.catalog).catalog
      try Output.write(DrugListView.lines(catalog, width: Terminal.outputWidth()))
    }
  }
}
