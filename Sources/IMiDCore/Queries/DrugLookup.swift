/// Finds a drug by what a person types: its id, name, a code name or a brand, ignoring case
/// (`cc-5013` finds lenalidomide), and suggests the closest name when nothing matches.
public struct DrugLookup: Sendable {
  private var indexByAlias: [String: Int] = [:]
  private let catalog: Catalog

  /// Indexes every alias of every drug once.
  public init(_ catalog: Catalog) {
    self.catalog = catalog
    for (index, drug) in catalog.drugs.enumerated() {
      for alias in drug.aliases {
        let key = Self.normalize(alias)
        if indexByAlias[key] == nil { indexByAlias[key] = index }
      }
    }
  }

  static func normalize(_ text: String) -> String {
    text.lowercased().filter { !$0.isWhitespace }
  }

  /// Index of the drug `query` names, or nil.
  public func index(of query: String) -> Int? { indexByAlias[Self.normalize(query)] }

  /// The alias closest to `query` by edit distance, when it is close enough to be a likely typo.
  public func suggestion(for query: String) -> String? {
    let key = Self.normalize(query)
    guard !key.isEmpty else { return nil }
    var best: (alias: String, distance: Int)?
    for drug in catalog.drugs {
      for alias in drug.aliases {
        let distance = Self.editDistance(key, Self.normalize(alias), limit: best?.distance ?? Int.max)
        if distance < (best?.distance ?? Int.max) { best = (alias, distance) }
      }
    }
    guard let best, best.distance <= max(2, key.count / 3) else {
      // A prefix of a longer name still helps: "lenalid" → "lenalidomide".
      for drug in catalog.drugs {
        if let alias = drug.aliases.first(where: { Self.normalize($0).hasPrefix(key) }), key.count >= 3 { return alias }
      }
      return nil
    }
    return best.alias
  }

  /// Levenshtein distance, giving up (returning `limit`) once every path exceeds `limit`.
  static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
    if abs(a.count - b.count) >= limit { return limit }
    var previous = Array(0...b.count)
    var current = Array(repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where !a.isEmpty {
      current[0] = i
      var rowMin = current[0]
      for j in 1...max(1, b.count) where !b.isEmpty {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        rowMin = min(rowMin, current[j])
      }
      if rowMin >= limit { return limit }
      swap(&previous, &current)
    }
    return a.isEmpty ? b.count : (b.isEmpty ? a.count : previous[b.count])
  }
}
