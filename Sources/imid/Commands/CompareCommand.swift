import ArgumentParser
import IMiDCore

/// `imid compare DRUG DRUG [DRUG]`: efficacy and safety side by side.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare two or three drugs side by side: efficacy by setting, safety by adverse event.",
    discussion: """
      First a summary table (a row per efficacy setting and per adverse event, a column per \
      drug, each cell one headline result and +n when the row holds more), then every result \
      in full with its sources. --summary prints the table and its sources only. Rows are \
      ranked only where the catalogue declares them comparable.
      """)

  /// Formats of the compare view.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, md, json
  }

  @OptionGroup var source: CatalogOption
  @OptionGroup var width: WidthOption
  @Option(help: "Output format: text, md or json.") var format: Format = .text
  @Flag(help: "Only the summary table (text) or its tables (md); JSON always holds both.") var summary = false
  @Argument(help: ArgumentHelp("Two or three drugs (id, name, code name or brand).", valueName: "drug")) var drugs: [String] = []

  func validate() throws {
    guard (2...3).contains(drugs.count) else {
      throw ValidationError(
        drugs.count < 2 ? "compare needs two or three drugs: imid compare DRUG DRUG [DRUG]"
          : "compare takes at most three drugs: imid compare DRUG DRUG [DRUG]")
    }
  }

  func run() throws {
    let catalog = try CatalogFile.load(source.catalog).catalog
    var indexes: [Int] = []
    for drug in drugs {
      let index = try DrugArgument.resolve(drug, in: catalog)
      guard !indexes.contains(index) else {
        throw CLIError(.usage, "'\(TextSafety.sanitized(drug))' names \(catalog.drugs[index].name) twice; compare needs different drugs")
      }
      indexes.append(index)
    }
    let export = CompareExport(catalog, drugs: indexes)
    switch (format, summary) {
    case (.text, true): try Output.write(export.summaryText(width: width.resolved))
    case (.text, false): try Output.write(export.text(width: width.resolved))
    case (.md, true): try Output.write(CompareFormats.summaryOnlyMarkdown(catalog, export.comparison))
    case (.md, false): try Output.write(export.markdown())
    case (.json, _): try Output.write(export.json())
    }
  }
}
