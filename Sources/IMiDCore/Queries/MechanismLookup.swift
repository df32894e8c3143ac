/// Finds a mechanism by its id, its matrix column header or its name, ignoring case
/// (`tnf`, `TNF-α`, `TNF-α inhibition`).
public struct MechanismLookup: Sendable {
  private let catalog: Catalog

  /// A lookup over `catalog`'s mechanisms.
  public init(_ catalog: Catalog) { self.catalog = catalog }

  /// The index of the mechanism `query` names, or nil.
  public func index(of query: String) -> Int? {
    if let exact = catalog.mechanismIndex(id: query) { return exact }
    let key = query.lowercased()
    return catalog.mechanisms.firstIndex {
      $0.id.lowercased() == key || $0.header.lowercased() == key || $0.name.lowercased() == key
    }
  }
}
