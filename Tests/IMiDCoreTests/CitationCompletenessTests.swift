import Foundation
import IMiDCore
import Testing

/// How citable the built-in catalogue's sources are: the share of journal articles (kinds
/// `article`, `review`, `abstract`) that name their authors and that carry a PMID or DOI. The
/// figures are reported, and the README's sentence must state them exactly, so it can never
/// claim more (or less) than the catalogue holds.
@Suite struct CitationCompletenessTests {
  static let journalKinds: Set<String> = ["article", "review", "abstract"]

  /// (journal articles, with authors, with a PMID or DOI) in `catalog`.
  static func figures(_ catalog: Catalog) -> (articles: Int, authors: Int, identified: Int) {
    let articles = catalog.citations.filter { Self.journalKinds.contains($0.kind ?? "article") }
    return (articles.count, articles.count { !$0.authors.isEmpty }, articles.count { $0.pmid != nil || $0.doi != nil })
  }

  @Test func theReadmeGivesTheSharesOfJournalArticlesWithAuthorsAndIdentifiers() throws {
    let (articles, authors, identified) = Self.figures(BrowserHarness.builtin)
    func percent(_ part: Int) -> Int { Int((Double(part) * 100 / Double(max(1, articles))).rounded()) }
    print("journal articles: \(articles); with authors \(authors) (\(percent(authors))%); with a PMID or DOI \(identified) (\(percent(identified))%)")
    #expect(articles > 0)
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8).replacingOccurrences(of: "\n", with: " ")
    let sentence = "Of the built-in catalogue's \(articles) journal articles (articles, reviews and abstracts), "
      + "\(authors) (\(percent(authors))%) name their authors and \(identified) (\(percent(identified))%) carry a PMID or DOI"
    let found = text.contains(sentence)
    #expect(found, "README.md should say: \(sentence)")
    let others = BrowserHarness.builtin.citations.count - articles
    let othersFound = text.contains("The other \(others) sources say what they are in their kind")
    #expect(othersFound, "README.md: the other \(others) sources")
  }

  /// Every source that is not a journal article says what it is: a kind from the documented list.
  @Test func everySourceHasAKnownKind() {
    let known: Set<String> = ["article", "review", "abstract", "label", "news", "web", "registry"]
    for citation in BrowserHarness.builtin.citations {
      #expect(citation.kind.map(known.contains) == true, "\(citation.id): kind \(citation.kind ?? "none")")
    }
  }
}
