/// Parses and validates catalogue bytes: the one entry point from a file to a `Catalog`.
public enum CatalogLoader {
  /// Loads a catalogue from UTF-8 JSON bytes.
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - source: the file's name as the user gave it, used in every message.
  ///   - currentYear: years after `currentYear + 1` are implausible.
  ///   - parallel: long tables are read on two threads (the outcome is the same either way;
  ///     tests compare the two).
  /// - Throws: `CatalogLoadError` with every error found.
  public static func load(
    _ bytes: [UInt8], source: String, currentYear: Int, parallel: Bool = true
  ) throws(CatalogLoadError) -> LoadedCatalog {
    try load(bytes, source: source, currentYear: currentYear, parallel: parallel, makingSnapshot: false).loaded
  }

  /// `load`, giving also, with `makingSnapshot`, what it worked out as a `CatalogSnapshot`.
  static func load(
    _ bytes: [UInt8], source: String, currentYear: Int, parallel: Bool, makingSnapshot: Bool
  ) throws(CatalogLoadError) -> (loaded: LoadedCatalog, snapshot: CatalogSnapshot?) {
    var decoder = CatalogDecoder(source: source, latestYear: currentYear + 1, bytes: bytes)
    decoder.readsInParallel = parallel
    decoder.keepsShownText = false  // the entries read here are indexed, not kept
    decoder.makesSnapshot = makingSnapshot
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
    return (LoadedCatalog(catalog: catalog, warnings: warnings), decoder.snapshot)
  }

  /// A first screenful of a large catalogue, read in a few milliseconds while the whole file is
  /// loaded: the title and up to `drugLimit` drugs, decoded with every text check but without
  /// checking references or anything after them. Nil when that cannot be done (the drugs come
  /// late in the file, or the start is broken): the caller then waits for the full load, which
  /// reports any problem. A preview is only ever shown, never trusted: the full load decides.
  public static func preview(_ bytes: [UInt8], source: String, currentYear: Int, drugLimit: Int) -> Catalog? {
    guard let (members, elements) = JSONDocument.preview(bytes, through: "drugs", limit: drugLimit) else { return nil }
    var decoder = CatalogDecoder(source: source, latestYear: currentYear + 1)
    decoder.checksReferences = false
    var title: String?
    if let member = members.first(where: { $0.key == "title" }),
      case .string(let text)? = try? JSONParser.parse(Array(bytes[member.value])),
      TextSafety.firstUnsafeScalar(in: text) == nil
    {
      title = text
    }
    var drugs: [Drug] = []
    for (index, element) in elements.enumerated() {
      if let drug = decoder.previewDrug(element, index: index) { drugs.append(drug) }
    }
    return drugs.isEmpty ? nil : Catalog(title: title, drugs: drugs)
  }
}
