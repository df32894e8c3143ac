/// One table as `CatalogDecoder` read it: where each entry starts in the file, the entries themselves when
/// kept, and its ids.
struct DecodedTable<Entry> {
  var starts: [UInt32] = []
  var entries: [Entry] = []
  /// Each id with the position of the first entry that has it.
  var ids = IDMap()
}
