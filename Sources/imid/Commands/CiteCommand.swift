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
    let query = id.lowercased()
    let found = catalog.citations.first {
      $0.id.lowercased() == query || $0.pmid == id || $0.doi?.lowercased() == query
        || $0.doi.map { "doi:" + $0.lowercased() } == query
    }
    guard let citation = found else {
      let close = catalog.citations.first { $0.id.lowercased().hasPrefix(query.prefix(4)) }
      let hint = close.map { "; did you mean '\($0.id)'?" } ?? ""
      throw CLIError(.usage, "unknown citation '\(TextSafety.sanitized(id))'\(hint)")
    }
    try Output.write(CitationView.lines(catalog, citation: citation, width: width.resolved))
  }
}
