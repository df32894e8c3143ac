import ArgumentParser
import IMiDCore

/// `imid timeline`: the dated events of the class, with the review's date as a rule.
struct TimelineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Print the dated events (launch, withdrawal, approvals, discoveries, trials) in date order.",
    discussion: """
      Above the events, a histogram of the catalogue's evidence per year (results and sources). \
      The review's own date is a labelled rule: events above it were known to the review, \
      events below it (marked †) came later. With --drug, that drug's events and the \
      class-wide ones.
      """)

  /// `--format` for the timeline.
  enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, json, csv }

  @OptionGroup var source: CatalogOption
  @OptionGroup var width: WidthOption
  @Option(help: ArgumentHelp("Only this drug's events (and the class-wide ones).", valueName: "drug")) var drug: String?
  @Option(help: "Output format: text, md, json or csv.") var format: Format = .text

  func run() throws {
    let catalog = try CatalogFile.load(source.catalog).catalog
    let index = try drug.map { name throws(CLIError) in try DrugArgument.resolve(name, in: catalog) }
    if catalog.events.isEmpty { Terminal.printError("imid: the catalogue lists no events") }
    let export = TimelineExport(catalog, drug: index)
    switch format {
    case .text: try Output.write(export.text(width: width.resolved))
    case .md: try Output.write(Exporter.export(catalog, .timeline(drug: index), format: .md).contents)
    case .json: try Output.write(Exporter.export(catalog, .timeline(drug: index), format: .json).contents)
    case .csv: try Output.write(Exporter.export(catalog, .timeline(drug: index), format: .csv).contents)
    }
  }
}
