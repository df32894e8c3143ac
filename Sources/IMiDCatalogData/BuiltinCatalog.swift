import IMiDCore

/// The built-in catalogue, `Resources/catalog.json`, embedded in the binary at build time so that
/// an installed `imid` works from any directory with no files beside it.
public enum BuiltinCatalog {
  /// The catalogue's UTF-8 JSON bytes.
  public static var bytes: [UInt8] { PackageResources.catalog_json }

  /// The name used for the built-in catalogue in messages.
  public static let sourceName = "catalog.json (built-in)"

  /// The catalogue opened from its snapshot (`snapshot`, which the tests check against a load of
  /// `bytes`), without reading it again: what `CatalogLoader.load` would give, in a fraction of
  /// the time. Nil only when the snapshot was not made from these bytes (catalog.json changed
  /// without the tests run): the caller then loads `bytes`.
  public static func opened() -> Catalog? {
    CatalogLoader.open(bytes, snapshot: snapshot)
  }

  /// The catalogue: opened from its snapshot, or else loaded from `bytes` as any file is
  /// (`currentYear` as `CatalogLoader.load` takes it).
  public static func load(currentYear: Int) throws(CatalogLoadError) -> LoadedCatalog {
    if let catalog = opened() { return LoadedCatalog(catalog: catalog, warnings: []) }
    return try CatalogLoader.load(bytes, source: sourceName, currentYear: currentYear)
  }
}
