import ArgumentParser
import IMiDCore

/// `imid list`: the drugs, as a table, JSON or CSV.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the drugs with code names, brands, generation and first approval.")

  @OptionGroup var source: CatalogOption
  @OptionGroup var width: WidthOption
  @Option(help: "Output format: text, json or csv.") var format: OutputFormat = .text

  func run() throws {
    let catalog = try CatalogFile.load(source.catalog).catalog
    switch format {
    case .text: try Output.write(DrugListView.lines(catalog, width: width.resolved))
    // One JSON and one CSV shape per view: the export's (docs/export-formats.md).
    case .json: try Output.write(Exporter.export(catalog, .drugs, format: .json).contents)
    case .csv: try Output.write(Exporter.export(catalog, .drugs, format: .csv).contents)
    }
  }
}
