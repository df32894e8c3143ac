/// `imid validate --format json`: the outcome of checking a catalogue as one JSON document, for
/// editors and CI. Every diagnostic has its severity, message, JSON path (as the text messages
/// write it, `effects[4].cite[0]`; null for a syntax error or the whole file) and the line and
/// column where the problem is (a syntax error's own; for a path, where its value starts; null
/// past the first `locatedLimit` diagnostics, or when there is no place to point at). A
/// catalogue that loads also gets its counts.
public enum ValidationReport {
  /// How many diagnostics get a line and column from their path: each is a walk through the
  /// file, and an editor shows the first problems first.
  public static let locatedLimit = 100

  /// The report for the catalogue `file` whose bytes are `bytes`: its `diagnostics` (errors,
  /// then warnings) and, when it loaded, the `catalog`.
  public static func json(file: String, bytes: [UInt8], diagnostics: [Diagnostic], catalog: Catalog?) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    var members: [JSONMember] = [
      JSONMember("file", .string(file)),
      JSONMember("valid", .bool(catalog != nil && errors == 0)),
      JSONMember("errors", .int(errors)),
      JSONMember("warnings", .int(diagnostics.count - errors)),
      JSONMember("diagnostics", .array(diagnostics.enumerated().map { index, diagnostic in
        entry(diagnostic, bytes: index < locatedLimit ? bytes : nil)
      })),
    ]
    if let catalog {
      members.append(JSONMember("summary", .string(CatalogSummary.counts(catalog))))
      members.append(JSONMember("counts", .object([
        JSONMember("drugs", .int(catalog.drugs.count)),
        JSONMember("mechanisms", .int(catalog.mechanisms.count)),
        JSONMember("effects", .int(catalog.effects.count)),
        JSONMember("efficacy", .int(catalog.efficacy.count)),
        JSONMember("safety", .int(catalog.safety.count)),
        JSONMember("citations", .int(catalog.citations.count)),
        JSONMember("identifiedCitations", .int(catalog.identifiedCitationCount)),
        JSONMember("claims", .int(catalog.claims.count)),
        JSONMember("events", .int(catalog.events.count)),
      ])))
    }
    return JSONWriter.document(.object(members))
  }

  /// One diagnostic; `bytes` nil leaves a path's line and column out (null).
  private static func entry(_ diagnostic: Diagnostic, bytes: [UInt8]?) -> JSONValue {
    var path: String?
    var position: (line: Int, column: Int)?
    if let location = diagnostic.location {
      let parts = location.split(separator: ":")
      if parts.count == 2, let line = Int(parts[0]), let column = Int(parts[1]) {
        position = (line, column)
      } else {
        path = location
        if let bytes { position = JSONPathLocator.locate(location, in: bytes) }
      }
    }
    return .object([
      JSONMember("severity", .string(diagnostic.severity == .error ? "error" : "warning")),
      JSONMember("message", .string(diagnostic.message)),
      JSONMember("path", .optional(path)),
      JSONMember("line", position.map { .int($0.line) } ?? .null),
      JSONMember("column", position.map { .int($0.column) } ?? .null),
    ])
  }
}
