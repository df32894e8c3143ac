/// Parses and validates catalogue bytes: the one entry point from a file to a `Catalog`.
public enum CatalogLoader {
  /// Loads a catalogue from UTF-8 JSON bytes.
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - source: the file's name as the user gave it, used in every message.
  ///   - currentYear: years after `currentYear + 1` are implausible.
  /// - Throws: `CatalogLoadError` with every error found.
  public static func load(_ bytes: [UInt8], source: String, currentYear: Int) throws(CatalogLoadError) -> LoadedCatalog {
    var decoder = CatalogDecoder(source: source, latestYear: currentYear + 1)
    let catalog: Catalog?
    do {
      catalog = try JSONDocument.withDocument(bytes) { document in decoder.decode(document) }
    } catch {
      throw CatalogLoadError(diagnostics: [
        Diagnostic(.error, source: source, location: "\(error.line):\(error.column)", message: error.message)
      ])
    }
    let errors = decoder.diagnostics.filter { $0.severity == .error }
    let warnings = decoder.diagnostics.filter { $0.severity == .warning }
    guard errors.isEmpty, let catalog else {
      throw CatalogLoadError(diagnostics: errors + warnings)
    }
    return LoadedCatalog(catalog: catalog, warnings: warnings)
  }
}
