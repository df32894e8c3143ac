import ArgumentParser
import IMiDCore

/// `imid compare DRUG DRUG [DRUG]`: efficacy and safety side by side.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare two or three drugs side by side: efficacy by setting, safety by adverse event.",
    discussion: "Rows are ranked only where the catalogue declares them comparable.")

  /// Formats of the compare view.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, md, json
  }

  @OptionGroup var source: CatalogOption
  @OptionGroup var width: WidthOption
  @Option(help: "Output format: text, md or json.") var format: Format = .text
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
    let comparison = Comparison.build(catalog, drugs: indexes)
    switch format {
    case .text: try Output.write(CompareLayout(catalog, comparison, width: width.resolved).text)
    case .md: try Output.write(CompareFormats.markdown(catalog, comparison))
    case .json: try Output.write(CompareFormats.json(catalog, comparison))
    }
  }
}
