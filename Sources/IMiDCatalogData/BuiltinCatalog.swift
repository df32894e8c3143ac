/// The built-in catalogue, `Resources/catalog.json`, embedded in the binary at build time so that
/// an installed `imid` works from any directory with no files beside it.
public enum BuiltinCatalog {
  /// The catalogue's UTF-8 JSON bytes.
  public static var bytes: [UInt8] { PackageResources.catalog_json }

  /// The name used for the built-in catalogue in messages.
  public static let sourceName = "catalog.json (built-in)"
}
