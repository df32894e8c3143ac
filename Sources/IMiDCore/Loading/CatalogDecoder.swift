/// Decodes a checked `JSONDocument` into a `Catalog`, one table entry at a time, checking
/// every rule of docs/catalog-format.md and recording every problem with its JSON path (every
/// problem, never just the first). Entries are not kept: the catalogue keeps where each starts
/// and reads it back through this decoder (`EntryTable`). Paths are built only when a problem
/// is found, and ids are looked up in sets built once, so decoding stays linear in the size of
/// the file. One file per kind of entry (`CatalogDecoder+Drug.swift`, …), all walked by
/// `entry(_:at:required:_:)`.
struct CatalogDecoder {
  let source: String
  let latestYear: Int
  static let earliestYear = 1800
  static let citationKinds: Set<String> = ["article", "review", "abstract", "label", "news", "web", "registry"]

  /// Every problem found so far, in the order found.
  var diagnostics: [Diagnostic] = []
  /// The catalogue's index, built as the tables are read.
  /// Its positions by id are the tables' ids (`DecodedTable.ids`): the same in a catalogue
  /// that loads, which has no duplicate ids and every entry whole.
  private var index = CatalogIndex.Builder(indexesIDs: false)
  private var search = DrugSearchIndex.Builder()
  /// The file's bytes, which a loaded catalogue keeps and reads its entries back from.
  private let bytes: [UInt8]
  /// Off for a preview, which decodes drugs before the tables they refer to are read.
  var checksReferences = true
  /// Where each element of each top-level table starts (from the document's check), by key:
  /// lets a long table's entries be read on two cores (`decodeTable`).
  var tableStarts: [String: [UInt32]] = [:]
  /// Whether long tables are read on two threads (`decodeTable`).
  var readsInParallel = true
  /// Off while a catalogue is loaded: entries of the common shape are then indexed without
  /// building the text they only show (`shown`); they are read again, whole, when shown.
  var keepsShownText = true
  /// Set when reading an entry back from a file this decoder type already validated whole:
  /// text is not checked again (the bytes cannot have changed; renderers sanitize anyway).
  var readsValidatedEntries = false
  /// Whether `decode` also keeps what it worked out as a `CatalogSnapshot` (in `snapshot`).
  var makesSnapshot = false
  /// The snapshot of the last catalogue decoded whole, with `makesSnapshot`.
  private(set) var snapshot: CatalogSnapshot?
  /// The ids of each table read so far (with the position of each id's first entry), which
  /// later tables refer to.
  private(set) var citationIDs = IDMap()
  private(set) var drugIDs = IDMap()
  private(set) var mechanismIDs = IDMap()
  /// The ids of results and events, and the graded cells, which a claim's evidence refers to.
  private(set) var efficacyIDs = IDMap()
  private(set) var safetyIDs = IDMap()
  private(set) var eventIDs = IDMap()
  private(set) var gradedCells: Set<GradedCell> = []

  init(source: String, latestYear: Int, bytes: [UInt8] = []) {
    self.source = source
    self.latestYear = latestYear
    self.bytes = bytes
  }

  // MARK: - Top level

  mutating func decode(_ document: JSONDocument) -> Catalog? {
    guard let members = document.members else {
      error(nil, "the top level must be a JSON object, found \(document.rootTypeName)")
      return nil
    }
    var top: [String: Int] = [:]
    for member in members {
      if top[member.key] != nil {
        error(member.key, "duplicate key '\(member.key)'")
        continue
      }
      top[member.key] = member.value.lowerBound
      if let starts = member.elementStarts { tableStarts[member.key] = starts }
      switch member.key {
      case "title", "review", "horizon", "version", "date", "drugs", "mechanisms", "effects", "efficacy", "safety", "citations", "comparable",
        "events", "claims":
        break
      default: warning(member.key, "unknown key '\(member.key)' (ignored)")
      }
    }
    let title = top["title"].flatMap { text(document.value(at: $0), at: "title") }
    let horizon = top["horizon"].flatMap { year(document.value(at: $0), at: "horizon") }
    let edition = decodeEdition(document, top)

    // Citations first: every other table refers to them. Each table is indexed as it is
    // read, in this order, and its entries are not kept: the catalogue reads them back from
    // the file's bytes when they are shown (`EntryTable`).
    let citations = decodeTable(document, top, "citations", collectingIDs: true) { decoder, value, path in
      decoder.decodeCitation(value, at: path)
    } visit: { decoder, citation, position in
      decoder.index.addCitation(citation, at: position)
    } plain: { $0.plainCitation(&$1) } id: { $0.id }
    citationIDs = citations.ids
    index.index.citationByID = citations.ids
    let review = top["review"].flatMap {
      reference(document.value(at: $0), at: "review", in: citationIDs, kind: "citation")
    }

    if top["drugs"] == nil { error(nil, "missing required field 'drugs'") }
    let drugs = decodeTable(document, top, "drugs", collectingIDs: true) { decoder, value, path in
      decoder.decodeDrug(value, at: path)
    } visit: { decoder, drug, position in
      decoder.index.addDrug(drug, at: position)
      decoder.search.add(drug)
    } plain: { $0.plainDrug(&$1) } id: { $0.id }
    drugIDs = drugs.ids
    index.index.drugByID = drugs.ids
    let mechanisms = decodeTable(document, top, "mechanisms", collectingIDs: true, keep: true) { decoder, value, path in
      decoder.decodeMechanism(value, at: path)
    } visit: { decoder, mechanism, position in
      decoder.index.addMechanism(mechanism, at: position)
    } plain: { $0.plainMechanism(&$1) } id: { $0.id }
    mechanismIDs = mechanisms.ids
    index.index.mechanismByID = mechanisms.ids
    var secondEffects: [Diagnostic] = []
    // The graded cells are gathered only for a catalogue with claims (their evidence names cells).
    let gathersCells = top["claims"] != nil
    index.reserve(effects: tableStarts["effects"]?.count ?? 0)
    let effects = decodeTable(document, top, "effects") { decoder, value, path in
      // From the raw entry, so that an effect with some other error still counts.
      if gathersCells, let cell = Self.gradedCell(of: value) { decoder.gradedCells.insert(cell) }
      return decoder.decodeEffect(value, at: path)
    } visit: { decoder, effect, position in
      // An effect read whole names the same cell as its raw entry (each key once).
      if gathersCells { decoder.gradedCells.insert(GradedCell(drug: effect.drug, mechanism: effect.mechanism)) }
      if let first = decoder.index.addEffect(effect, at: position) {
        secondEffects.append(Diagnostic(
          .error, source: decoder.source, location: "effects[\(position)]",
          message: "a second effect for \(effect.drug) × \(effect.mechanism) (the first is effects[\(first)])"))
      }
    } plain: { $0.plainEffect(&$1) }
    diagnostics += secondEffects
    // Results need no id; those that have one are named by it, so it is unique in its table.
    let efficacy = decodeTable(document, top, "efficacy", collectingIDs: true) { decoder, value, path in
      decoder.decodeEfficacy(value, at: path)
    } visit: { decoder, result, position in
      decoder.index.addEfficacy(result, at: position)
    } plain: { $0.plainEfficacy(&$1) } id: { $0.id }
    efficacyIDs = efficacy.ids
    index.index.efficacyByID = efficacy.ids
    let safety = decodeTable(document, top, "safety", collectingIDs: true) { decoder, value, path in
      decoder.decodeSafety(value, at: path)
    } visit: { decoder, result, position in
      decoder.index.addSafety(result, at: position)
    } plain: { $0.plainSafety(&$1) } id: { $0.id }
    safetyIDs = safety.ids
    index.index.safetyByID = safety.ids
    let comparable = decodeTable(document, top, "comparable", keep: true) { decoder, value, path in
      decoder.decodeComparableRule(value, at: path())
    }
    // Events, then the claims whose evidence may name any entry above, events included. Both
    // are short and kept whole.
    let events = decodeTable(document, top, "events", collectingIDs: true, keep: true) { decoder, value, path in
      decoder.decodeEvent(value, at: path)
    } plain: { $0.plainEvent(&$1) } id: { $0.id }
    eventIDs = events.ids
    let claims = decodeTable(document, top, "claims", collectingIDs: true, keep: true) { decoder, value, path in
      decoder.decodeClaim(value, at: path)
    } plain: { $0.plainClaim(&$1) } id: { $0.id }
    guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
    let built = Catalog(
      bytes: bytes, latestYear: latestYear, title: title, review: review, horizon: horizon, edition: edition,
      stored: (drugs.starts, effects.starts, efficacy.starts, safety.starts, citations.starts),
      kept: (mechanisms.entries, comparable.entries),
      story: Deferred(Catalog.Story(claims: claims.entries, events: events.entries)),
      index: index.finish(), drugSearch: search.finish())
    if makesSnapshot {
      snapshot = CatalogSnapshot(
        built, bytes: bytes, review: review, edition: edition,
        starts: CatalogSnapshot.Starts(
          drugs: drugs.starts, mechanisms: mechanisms.starts, effects: effects.starts, efficacy: efficacy.starts,
          safety: safety.starts, citations: citations.starts, comparable: comparable.starts, events: events.starts,
          claims: claims.starts))
    }
    return built
  }

  /// A decoder that reads entries the way this one does now (the same ids to refer to, the
  /// same checks) and records nothing: for reading entries of the current table on a second
  /// thread while this one indexes them.
  func entryReader() -> CatalogDecoder {
    var reader = CatalogDecoder(source: source, latestYear: latestYear)
    reader.checksReferences = checksReferences
    reader.readsValidatedEntries = readsValidatedEntries
    reader.keepsShownText = keepsShownText
    reader.citationIDs = citationIDs
    reader.drugIDs = drugIDs
    reader.mechanismIDs = mechanismIDs
    reader.efficacyIDs = efficacyIDs
    reader.safetyIDs = safetyIDs
    reader.eventIDs = eventIDs
    reader.gradedCells = gradedCells
    return reader
  }

  // MARK: - Diagnostics

  /// Records an error at `location` (a JSON path, or nil for the file).
  mutating func error(_ location: String?, _ message: String) {
    diagnostics.append(Diagnostic(.error, source: source, location: location, message: message))
  }

  /// Records a warning at `location` (a JSON path, or nil for the file).
  mutating func warning(_ location: String?, _ message: String) {
    diagnostics.append(Diagnostic(.warning, source: source, location: location, message: message))
  }
}
