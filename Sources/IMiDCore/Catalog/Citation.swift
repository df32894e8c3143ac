/// A source: a paper, a label, a news item or a web page.
public struct Citation: Sendable, Equatable {
  /// Unique key facts refer to, e.g. `"galustian2004"`.
  public var id: String
  /// Title.
  public var title: String
  /// Year of publication.
  public var year: Int
  /// Authors, `"Galustian C"` style; `"et al."` last when the list is cut.
  public var authors: [String] = []
  /// Journal abbreviation.
  public var journal: String?
  /// Volume.
  public var volume: String?
  /// Issue.
  public var issue: String?
  /// Pages.
  public var pages: String?
  /// PubMed id (digits).
  public var pmid: String?
  /// PubMed Central id, e.g. `"PMC2212313"`.
  public var pmcid: String?
  /// DOI (starts with `10.`).
  public var doi: String?
  /// Publisher, for labels, news and web pages.
  public var publisher: String?
  /// `article`, `review`, `abstract`, `label`, `news`, `web` or `registry`.
  public var kind: String?
  /// One line about what the source shows.
  public var summary: String?

  /// Creates a citation with its core fields.
  public init(id: String, title: String, year: Int) {
    self.id = id
    self.title = title
    self.year = year
  }

  /// Whether the source carries a PubMed id or a DOI.
  public var hasIdentifier: Bool { pmid != nil || doi != nil }
}
