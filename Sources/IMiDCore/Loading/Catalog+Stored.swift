/// A catalogue over a validated file's bytes: the one way both a load (`CatalogDecoder.decode`)
/// and an opening from a snapshot (`CatalogLoader.open`) build one, so the two cannot differ.
extension Catalog {
  /// A catalogue whose long tables are read back from `bytes` where their entries start
  /// (`stored`: drugs, effects, efficacy, safety, citations), with its short tables decoded
  /// (`kept`: mechanisms, comparable rows; `story`: claims and events, which may be read
  /// later) and its index built.
  /// `latestYear` is the latest plausible year, which entries read back are checked against.
  init(
    bytes: [UInt8], latestYear: Int, title: String?, review: String?, horizon: Int?,
    edition: (version: String?, date: String?),
    stored: (drugs: [UInt32], effects: [UInt32], efficacy: [UInt32], safety: [UInt32], citations: [UInt32]),
    kept: (mechanisms: [Mechanism], comparable: [ComparableRule]), story: Deferred<Story>,
    index: CatalogIndex, drugSearch: DrugSearchIndex
  ) {
    let reading = EntryReading(latestYear: latestYear)
    func table<Entry: Sendable>(_ starts: [UInt32], _ read: @escaping @Sendable (UnsafeBufferPointer<UInt8>, Int) -> Entry)
      -> EntryTable<Entry>
    {
      EntryTable(stored: StoredEntries(bytes: bytes, starts: starts, decode: read))
    }
    self.init(
      title: title, review: review, horizon: horizon,
      drugs: table(stored.drugs, reading.reader({ $0.plainDrug(&$1) }, { $0.decodeDrug($1, at: { "" }) }, empty: Drug(id: "", name: ""))),
      mechanisms: kept.mechanisms,
      effects: table(stored.effects, reading.reader({ $0.plainEffect(&$1) }, { $0.decodeEffect($1, at: { "" }) },
        empty: Effect(drug: "", mechanism: "", grade: .none, cite: []))),
      efficacy: table(stored.efficacy, reading.reader({ $0.plainEfficacy(&$1) }, { $0.decodeEfficacy($1, at: { "" }) },
        empty: EfficacyResult(drug: "", outcome: "", cite: []))),
      safety: table(stored.safety, reading.reader({ $0.plainSafety(&$1) }, { $0.decodeSafety($1, at: { "" }) },
        empty: SafetyResult(drug: "", event: "", cite: []))),
      citations: table(stored.citations, reading.reader({ $0.plainCitation(&$1) }, { $0.decodeCitation($1, at: { "" }) },
        empty: Citation(id: "", title: "", year: 0))),
      comparable: kept.comparable, story: story,
      index: index, drugSearch: drugSearch)
    version = edition.version
    date = edition.date
  }
}

/// How entries are read back from a file already validated whole: references are not checked
/// again (the sets of ids are not kept), everything else is, at no risk. An entry of the
/// common shape is read straight from the bytes, any other through the general decoder.
struct EntryReading: Sendable {
  /// One decoder for every entry read from the bytes (building one a read was a twentieth of a
  /// 100,000-drug export); a copy only for an entry the general decoder reads.
  let template: CatalogDecoder

  init(latestYear: Int) {
    var template = CatalogDecoder(source: "", latestYear: latestYear)
    template.checksReferences = false
    template.readsValidatedEntries = true
    self.template = template
  }

  /// A function that reads the entry starting at a byte: with `plain` when it can, else with
  /// `decodeEntry` on its parsed value, else `empty` (which a validated file never needs).
  func reader<Entry: Sendable>(
    _ plain: @escaping @Sendable (CatalogDecoder, inout EntryReader) -> Entry?,
    _ decodeEntry: @escaping @Sendable (inout CatalogDecoder, JSONValue) -> Entry?, empty: Entry
  ) -> @Sendable (UnsafeBufferPointer<UInt8>, Int) -> Entry {
    let template = self.template
    return { bytes, start in
      var reader = EntryReader(bytes, at: start)
      if let entry = plain(template, &reader) { return entry }
      var decoder = template
      return decodeEntry(&decoder, JSONDocument.value(in: bytes, at: start)) ?? empty
    }
  }

  /// The entries of a short table, read from where they start: for a catalogue opened from a
  /// snapshot, whose short tables were not read by a load. Nil when one cannot be read (a
  /// snapshot that does not fit its bytes, which `CatalogSnapshot.describes` rules out).
  func entries<Entry>(
    _ starts: [UInt32], in bytes: UnsafeBufferPointer<UInt8>, plain: ((CatalogDecoder, inout EntryReader) -> Entry?)? = nil,
    _ decodeEntry: (inout CatalogDecoder, JSONValue) -> Entry?
  ) -> [Entry]? {
    var entries: [Entry] = []
    entries.reserveCapacity(starts.count)
    for start in starts {
      guard Int(start) < bytes.count else { return nil }
      var reader = EntryReader(bytes, at: Int(start))
      if let plain, let entry = plain(template, &reader) {
        entries.append(entry)
        continue
      }
      var decoder = template
      guard let entry = decodeEntry(&decoder, JSONDocument.value(in: bytes, at: Int(start))) else { return nil }
      entries.append(entry)
    }
    return entries
  }
}
