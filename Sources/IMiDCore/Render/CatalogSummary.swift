/// One-line counts of a catalogue, as `imid validate` prints them.
public enum CatalogSummary {
  /// e.g. `3 drugs, 7 mechanisms, 19 effects, 18 efficacy, 18 safety, 40 citations (31 with PMID or DOI)`,
  /// then `, 9 claims, 45 events` when the catalogue has the review's tables.
  public static func counts(_ catalog: Catalog) -> String {
    func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
    let identified = catalog.identifiedCitationCount
    return [
      count(catalog.drugs.count, "drug", "drugs"),
      count(catalog.mechanisms.count, "mechanism", "mechanisms"),
      count(catalog.effects.count, "effect", "effects"),
      "\(catalog.efficacy.count) efficacy",
      "\(catalog.safety.count) safety",
      count(catalog.citations.count, "citation", "citations") + " (\(identified) with PMID or DOI)",
    ].joined(separator: ", ")
      + (catalog.claims.isEmpty ? "" : ", " + count(catalog.claims.count, "claim", "claims"))
      + (catalog.events.isEmpty ? "" : ", " + count(catalog.events.count, "event", "events"))
  }
}
