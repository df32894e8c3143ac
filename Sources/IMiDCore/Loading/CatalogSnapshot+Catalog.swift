/// A snapshot taken of a catalogue just loaded, and a catalogue opened from a snapshot.
extension CatalogSnapshot {
  /// The snapshot of `catalog`, just decoded from `bytes` whose tables start at `starts`.
  init(
    _ catalog: Catalog, bytes: [UInt8], review: String?, edition: (version: String?, date: String?), starts: Starts
  ) {
    let index = catalog.index
    self.init(
      byteCount: bytes.count, checksum: Self.checksum(of: bytes), title: catalog.title, review: review,
      horizon: catalog.horizon, version: edition.version, date: edition.date, starts: starts,
      ids: IDs(
        drugs: Lookup(index.drugByID), mechanisms: Lookup(index.mechanismByID), citations: Lookup(index.citationByID),
        efficacy: Lookup(index.efficacyByID), safety: Lookup(index.safetyByID)),
      cellStarts: index.cellStarts, cellMechanisms: index.cells.map(\.mechanism), cellEffects: index.cells.map(\.effect),
      efficacy: Groups(index.efficacy), safety: Groups(index.safety), citers: Groups(index.citers),
      identifiedCitations: index.identifiedCitations, anyFirstMarketing: index.anyFirstMarketing,
      anyEvidenceLevel: index.anyEvidenceLevel, searchText: catalog.drugSearch.text,
      searchStarts: catalog.drugSearch.starts)
  }

  /// The index this snapshot holds.
  var index: CatalogIndex {
    var index = CatalogIndex()
    index.drugByID = ids.drugs.map
    index.mechanismByID = ids.mechanisms.map
    index.citationByID = ids.citations.map
    index.efficacyByID = ids.efficacy.map
    index.safetyByID = ids.safety.map
    index.cellStarts = cellStarts
    index.cells = zip(cellMechanisms, cellEffects).map { (mechanism: $0, effect: $1) }
    index.efficacy = efficacy.grouped
    index.safety = safety.grouped
    index.citers = citers.grouped
    index.identifiedCitations = identifiedCitations
    index.anyFirstMarketing = anyFirstMarketing
    index.anyEvidenceLevel = anyEvidenceLevel
    return index
  }
}

extension CatalogSnapshot.Groups {
  /// The groups of an index.
  init(_ grouped: CatalogIndex.Grouped) {
    self.init(starts: grouped.starts, members: grouped.members)
  }

  /// The groups as an index holds them.
  var grouped: CatalogIndex.Grouped { CatalogIndex.Grouped(starts: starts, members: members) }
}

extension CatalogLoader {
  /// Loads `bytes` whole, as `load` does, and returns what the load worked out as a snapshot,
  /// for `open` to use with the same bytes later. Throws what `load` throws; a catalogue with
  /// warnings has no snapshot either (opening it would hide them).
  public static func snapshot(of bytes: [UInt8], source: String, currentYear: Int) throws(CatalogLoadError) -> CatalogSnapshot {
    let (loaded, snapshot) = try load(bytes, source: source, currentYear: currentYear, parallel: true, makingSnapshot: true)
    guard loaded.warnings.isEmpty, let snapshot else { throw CatalogLoadError(diagnostics: loaded.warnings) }
    return snapshot
  }

  /// The catalogue in `bytes`, opened from their `snapshot` without reading them again: the
  /// same catalogue `load` gives (the tests compare the two). Only the mechanisms and the
  /// comparable rows are read now; claims and events when a view first reads them, and every
  /// other entry when shown, as after a load. Nil when the snapshot was not made from these
  /// bytes: then they are loaded instead.
  /// Years are not checked against today's: the snapshot's catalogue was checked when it was
  /// made, and a wrong clock should not hide the built-in catalogue.
  public static func open(_ bytes: [UInt8], snapshot: CatalogSnapshot) -> Catalog? {
    guard snapshot.describes(bytes) else { return nil }
    let reading = EntryReading(latestYear: Int.max)
    let starts = snapshot.starts
    let kept = bytes.withUnsafeBufferPointer { bytes -> ([Mechanism], [ComparableRule])? in
      guard
        let mechanisms = reading.entries(
          starts.mechanisms, in: bytes, plain: { $0.plainMechanism(&$1) }, { $0.decodeMechanism($1, at: { "" }) }),
        let comparable = reading.entries(starts.comparable, in: bytes, { $0.decodeComparableRule($1, at: "") })
      else { return nil }
      return (mechanisms, comparable)
    }
    guard let kept else { return nil }
    // The bytes are the snapshot's (checked above), so every entry reads; an empty table would
    // only come of a snapshot edited by hand, which the tests refuse.
    let story = Deferred<Catalog.Story>(working: {
      bytes.withUnsafeBufferPointer { bytes in
        Catalog.Story(
          claims: reading.entries(starts.claims, in: bytes, plain: { $0.plainClaim(&$1) }, { $0.decodeClaim($1, at: { "" }) }) ?? [],
          events: reading.entries(starts.events, in: bytes, plain: { $0.plainEvent(&$1) }, { $0.decodeEvent($1, at: { "" }) }) ?? [])
      }
    })
    return Catalog(
      bytes: bytes, latestYear: Int.max, title: snapshot.title, review: snapshot.review, horizon: snapshot.horizon,
      edition: (snapshot.version, snapshot.date),
      stored: (starts.drugs, starts.effects, starts.efficacy, starts.safety, starts.citations),
      kept: kept, story: story, index: snapshot.index,
      drugSearch: DrugSearchIndex(text: snapshot.searchText, starts: snapshot.searchStarts))
  }
}
