/// The one walker every entry decoder goes through, so duplicate, unknown and missing keys
/// are reported the same way, in the same order, for every kind of entry.
extension CatalogDecoder {
  /// Walks one entry object: reports duplicate keys, hands every member to `field` (which
  /// decodes it into the entry being built), warns about unknown keys, and reports missing
  /// required keys. Returns whether the entry is whole. Paths are built only for messages.
  mutating func entry(
    _ value: JSONValue, at path: () -> String, required: [String],
    _ field: (inout CatalogDecoder, String, JSONValue, () -> String) -> Field
  ) -> Bool {
    // The path closure is only ever called, never stored: both closures stay on the stack.
    withoutActuallyEscaping(path) { path in
      guard let members = object(value, at: path()) else { return false }
      var found = FoundKeys()
      var whole = true
      for member in members {
        guard found.first(member.key, path: path(), decoder: &self) else { continue }
        switch field(&self, member.key, member.value, { path() + "." + member.key }) {
        case .ok: break
        case .invalid: whole = false
        case .unknown: warning(path() + "." + member.key, "unknown key '\(member.key)' (ignored)")
        }
      }
      return found.require(required, path: path(), decoder: &self) && whole
    }
  }
}
