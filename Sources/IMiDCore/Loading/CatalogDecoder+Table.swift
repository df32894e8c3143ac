/// Reading one table of the catalogue, an entry at a time.
extension CatalogDecoder {
  /// Decodes the table `key` one element at a time, handing each entry that decodes to
  /// `visit` with its position, and keeping it only with `keep`. With `collectingIDs`, also
  /// collects the table's ids from the raw entries (so an entry with some other error still
  /// counts, and references to it do not cascade into more errors) and reports duplicates
  /// after the table's own errors.
  mutating func decodeTable<Entry>(
    _ document: JSONDocument, _ top: [String: Range<Int>], _ key: String, collectingIDs collecting: Bool = false,
    keep: Bool = false, _ decodeEntry: (inout CatalogDecoder, JSONValue, () -> String) -> Entry?,
    visit: (inout CatalogDecoder, Entry, Int) -> Void = { _, _, _ in },
    plain: ((CatalogDecoder, inout EntryReader) -> Entry?)? = nil, id: (Entry) -> String? = { _ in nil }
  ) -> DecodedTable<Entry> {
    var table = DecodedTable<Entry>()
    guard let range = top[key] else { return table }
    var firstIndex: [String: Int] = [:]
    var duplicates: [Diagnostic] = []
    func collect(_ id: String, _ index: Int) {
      if let first = firstIndex[id] {
        duplicates.append(Diagnostic(
          .error, source: source, location: "\(key)[\(index)].id",
          message: "duplicate id '\(id)' (first used at \(key)[\(first)])"))
      } else {
        firstIndex[id] = index
      }
    }
    // An entry of the common shape is read straight from the bytes, with the same outcome.
    let isArray = document.forEachElement(at: range, plain: { index, bytes, start in
      guard let plain else { return nil }
      var reader = EntryReader(bytes, at: start)
      guard let entry = plain(self, &reader) else { return nil }
      visit(&self, entry, index)
      table.starts.append(UInt32(start))
      if keep { table.entries.append(entry) }
      if collecting, let id = id(entry) { collect(id, index) }
      return reader.position
    }) { index, start, element in
      if let entry = decodeEntry(&self, element, { "\(key)[\(index)]" }) {
        visit(&self, entry, index)
        table.starts.append(UInt32(start))
        if keep { table.entries.append(entry) }
      }
      guard collecting, case .object(let members) = element,
        let member = members.first(where: { $0.key == "id" }), case .string(let id) = member.value
      else { return }
      collect(id, index)
    }
    if !isArray {
      error(key, "expected an array, found \(document.typeName(at: range))")
      return DecodedTable()
    }
    diagnostics.append(contentsOf: duplicates)
    table.ids = firstIndex
    return table
  }
}
