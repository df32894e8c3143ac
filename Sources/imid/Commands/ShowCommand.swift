import ArgumentParser
import IMiDCore

/// `imid show DRUG`: one drug in full.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show one drug in full: identity, mechanisms, efficacy, safety and references.")

  @OptionGroup var source: CatalogOption
  @OptionGroup var width: WidthOption
  @Argument(help: ArgumentHelp("Drug id, name, code name or brand (any case).", valueName: "drug")) var drug: String

  func run() throws {
    let catalog = try CatalogFile.load(source.catalog).catalog
    let index = try DrugArgument.resolve(drug, in: catalog)
    try Output.write(DrugDetailView.lines(catalog, drugIndex: index, width: width.resolved))
  }
}

/// Resolves a DRUG argument, or fails with exit 64 and a "did you mean" suggestion.
enum DrugArgument {
  static func resolve(_ query: String, in catalog: Catalog) throws(CLIError) -> Int {
    let lookup = DrugLookup(catalog)
    if let index = lookup.index(of: query) { return index }
    let shown = TextSafety.sanitized(query)
    if let suggestion = lookup.suggestion(for: query) {
      throw CLIError(.usage, "unknown drug '\(shown)'; did you mean '\(suggestion)'? (see 'imid list')")
    }
    throw CLIError(.usage, "unknown drug '\(shown)' (see 'imid list')")
  }
}
