/// Finds a source by what a person types or pastes: its catalogue id (any case), its PMID, or
/// its DOI with or without `doi:`; and suggests an id when nothing matches. Shared by
/// `imid cite`, `imid export --citation` and anything in the browser that takes a source.
public struct CitationLookup: Sendable {
  private let catalog: Catalog

  /// A lookup over `catalog`'s sources.
  public init(_ catalog: Catalog) { self.catalog = catalog }

  /// The source `query` names, or nil.
  public func citation(for query: String) -> Citation? {
    if let exact = catalog.citation(id: query) { return exact }
    let key = query.lowercased()
    let doi = key.hasPrefix("doi:") ? String(key.dropFirst(4)) : key
    return catalog.citations.first {
      $0.id.lowercased() == key || $0.pmid == query || $0.doi?.lowercased() == doi
    }
  }

  /// The id of a source whose id starts like `query` (its first four characters), for a
  /// "did you mean" hint.
  public func suggestion(for query: String) -> String? {
    let prefix = query.lowercased().prefix(4)
    guard !prefix.isEmpty else { return nil }
    return catalog.citations.first { $0.id.lowercased().hasPrefix(prefix) }?.id
  }
}
