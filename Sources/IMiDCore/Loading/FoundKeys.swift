/// The keys seen in one JSON object, to report duplicates and missing required keys.
/// Objects have a dozen keys at most, so a small array beats hashing.
struct FoundKeys {
  private var keys: [String] = []

  /// Records `key`; reports and returns false when the object already had it.
  mutating func first(_ key: String, path: @autoclosure () -> String, decoder: inout CatalogDecoder) -> Bool {
    if keys.contains(key) {
      decoder.error(path() + "." + key, "duplicate key '\(key)'")
      return false
    }
    keys.append(key)
    return true
  }

  /// Reports each missing required key; returns whether all were there.
  func require(_ required: [String], path: @autoclosure () -> String, decoder: inout CatalogDecoder) -> Bool {
    var ok = true
    for key in required where !keys.contains(key) {
      decoder.error(path(), "missing required field '\(key)'")
      ok = false
    }
    return ok
  }
}
