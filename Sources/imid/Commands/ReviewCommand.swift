import ArgumentParser
import IMiDCore

/// `imid review`: the review the catalogue renders, its claims and how each has held up.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Print the review's claims, each with its status, verdict and evidence by stance.",
    discussion: """
      Each claim of the review is marked held (✓), refined (~), overturned (✗) or open (?), with \
      the year of the evidence that set it, and its evidence grouped by whether it supports, \
      refines or contradicts the claim. A catalogue that names no review prints a note on \
      standard error and exits 0.
      """)

  /// `--format` for the review.
  enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, json }

  @OptionGroup var source: CatalogOption
  @OptionGroup var width: WidthOption
  @Option(help: "Output format: text, md or json.") var format: Format = .text

  func run() throws {
    let catalog = try CatalogFile.load(source.catalog).catalog
    guard catalog.reviewCitation != nil else {
      Terminal.printError("imid: " + ReviewDocument.noReview)
      return
    }
    switch format {
    case .text: try Output.write(ReviewExport(catalog).text(width: width.resolved))
    case .md: try Output.write(Exporter.export(catalog, .review, format: .md).contents)
    case .json: try Output.write(Exporter.export(catalog, .review, format: .json).contents)
    }
  }
}
