import ArgumentParser
import IMiDCore

/// `imid matrix`: the drugs × mechanisms grid with its legend.
struct MatrixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "matrix", abstract: "Print the drugs × mechanisms matrix with its legend.")

  @OptionGroup var source: CatalogOption
  @OptionGroup var width: WidthOption
  @Option(help: "Output format: text, json or csv.") var format: OutputFormat = .text

  func run() throws {
    let catalog = try CatalogFile.load(source.catalog).catalog
    switch format {
    case .text: try Output.write(MatrixView.lines(catalog, width: width.resolved))
    // One JSON and one CSV shape per view: the export's (docs/export-formats.md).
    case .json: try Output.write(Exporter.export(catalog, .matrix, format: .json).contents)
    case .csv: try Output.write(Exporter.export(catalog, .matrix, format: .csv).contents)
    }
  }
}
