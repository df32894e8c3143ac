import ArgumentParser
import IMiDCore

/// `imid cite ID`: one source in full, and what it is cited for.
struct CiteCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cite", abstract: "Show one source in full and every fact that cites it.")

  @OptionGroup var source: CatalogOption
  @OptionGroup var width: WidthOption
  @Argument(help: ArgumentHelp("Citation id, PMID or DOI.", valueName: "id")) var id: String

  func run() throws {
    let catalog = try CatalogFile.load(source.catalog).catalog
    let lookup = CitationLookup(catalog)
    guard let citation = lookup.citation(for: id) else {
      let hint = lookup.suggestion(for: id).map { "; did you mean '\($0)'?" } ?? ""
      throw CLIError(.usage, "unknown citation '\(TextSafety.sanitized(id))'\(hint)")
    }
    try Output.write(CitationView.lines(catalog, citation: citation, width: width.resolved))
  }
}
