/// A catalogue that loaded, with the warnings found on the way.
public struct LoadedCatalog: Sendable {
  /// The catalogue.
  public var catalog: Catalog
  /// Warnings, e.g. unknown keys.
  public var warnings: [Diagnostic]

  /// Creates a result.
  public init(catalog: Catalog, warnings: [Diagnostic]) {
    self.catalog = catalog
    self.warnings = warnings
  }
}
