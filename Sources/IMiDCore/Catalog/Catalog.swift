/// A loaded, validated catalogue with its lookup indexes built once.
///
/// Entries refer to each other by id; the indexes make every lookup O(1), so rendering stays
/// fast on user catalogues of 100,000 drugs.
public struct Catalog: Sendable {
  /// The catalogue's title.
  public var title: String?
  /// Id of the citation the catalogue renders (the review).
  public var review: String?
  /// Findings published in or before this year were known to the review.
  public var horizon: Int?
  /// The catalogue's own version, e.g. `"2026.11"` (top-level `version`), when it has one.
  public var version: String?
  /// The day the catalogue's content was last revised, `YYYY-MM-DD` (top-level `date`).
  public var date: String?
  /// Drugs, in file order.
  public private(set) var drugs: EntryTable<Drug>
  /// Mechanisms, in file order (the matrix columns).
  public private(set) var mechanisms: [Mechanism]
  /// Graded matrix cells.
  public private(set) var effects: EntryTable<Effect>
  /// Efficacy results.
  public private(set) var efficacy: EntryTable<EfficacyResult>
  /// Safety results.
  public private(set) var safety: EntryTable<SafetyResult>
  /// Sources.
  public private(set) var citations: EntryTable<Citation>
  /// Rows of the compare view whose numbers may be ranked.
  public private(set) var comparable: [ComparableRule]
  /// The review's statements and how each has held up (empty for most catalogues).
  public var claims: [Claim] { story.value.claims }
  /// Dated events in the history of the class, in file order (the timeline sorts them).
  public var events: [TimelineEvent] { story.value.events }
  /// The claims and events, with the events' positions by id: read when a view first needs
  /// them in a catalogue opened from a snapshot (no first screen shows them), at once otherwise.
  private let story: Deferred<Story>

  /// The tables that tell the review's story: its claims, and the events of the class.
  struct Story: Sendable {
    var claims: [Claim]
    var events: [TimelineEvent]
    var eventByID = IDMap()

    init(claims: [Claim], events: [TimelineEvent]) {
      self.claims = claims
      self.events = events
      for (position, event) in events.enumerated() { eventByID.insert(event.id, at: position) }
    }
  }

  /// The lookups (a snapshot takes them: `CatalogSnapshot`).
  let index: CatalogIndex
  /// The drugs' names, code names, brands and ids, folded for `/` search.
  public let drugSearch: DrugSearchIndex

  /// Creates a catalogue and indexes it. Entries whose references do not resolve are kept but
  /// not indexed; `CatalogLoader` reports them before a catalogue is ever built from a file.
  public init(
    title: String? = nil, review: String? = nil, horizon: Int? = nil,
    drugs: [Drug], mechanisms: [Mechanism] = [], effects: [Effect] = [],
    efficacy: [EfficacyResult] = [], safety: [SafetyResult] = [], citations: [Citation] = [],
    comparable: [ComparableRule] = [], claims: [Claim] = [], events: [TimelineEvent] = []
  ) {
    var builder = CatalogIndex.Builder()
    for (position, citation) in citations.enumerated() { builder.addCitation(citation, at: position) }
    for (position, drug) in drugs.enumerated() { builder.addDrug(drug, at: position) }
    for (position, mechanism) in mechanisms.enumerated() { builder.addMechanism(mechanism, at: position) }
    for (position, effect) in effects.enumerated() { builder.addEffect(effect, at: position) }
    for (position, result) in efficacy.enumerated() { builder.addEfficacy(result, at: position) }
    for (position, result) in safety.enumerated() { builder.addSafety(result, at: position) }
    self.init(
      title: title, review: review, horizon: horizon, drugs: EntryTable(drugs), mechanisms: mechanisms,
      effects: EntryTable(effects), efficacy: EntryTable(efficacy), safety: EntryTable(safety),
      citations: EntryTable(citations), comparable: comparable, story: Deferred(Story(claims: claims, events: events)),
      index: builder.finish(), drugSearch: DrugSearchIndex(drugs))
  }

  /// A catalogue whose index was built as its tables were read (`CatalogDecoder`).
  init(
    title: String?, review: String?, horizon: Int?, drugs: EntryTable<Drug>, mechanisms: [Mechanism],
    effects: EntryTable<Effect>, efficacy: EntryTable<EfficacyResult>, safety: EntryTable<SafetyResult>,
    citations: EntryTable<Citation>, comparable: [ComparableRule], story: Deferred<Story>,
    index: CatalogIndex, drugSearch: DrugSearchIndex
  ) {
    self.title = title
    self.review = review
    self.horizon = horizon
    self.drugs = drugs
    self.mechanisms = mechanisms
    self.effects = effects
    self.efficacy = efficacy
    self.safety = safety
    self.citations = citations
    self.comparable = comparable
    self.story = story
    self.index = index
    self.drugSearch = drugSearch
  }

  /// Index of the drug with this id.
  public func drugIndex(id: String) -> Int? { index.drugByID[id] }
  /// Index of the mechanism with this id.
  public func mechanismIndex(id: String) -> Int? { index.mechanismByID[id] }
  /// The drug with this id.
  public func drug(id: String) -> Drug? { index.drugByID[id].map { drugs[$0] } }
  /// The mechanism with this id.
  public func mechanism(id: String) -> Mechanism? { index.mechanismByID[id].map { mechanisms[$0] } }
  /// The citation with this id.
  public func citation(id: String) -> Citation? { index.citationByID[id].map { citations[$0] } }

  /// The position of the citation with `id` in `citations`.
  public func citationIndex(id: String) -> Int? { index.citationByID[id] }

  /// Index of the efficacy result with this `id`.
  public func efficacyIndex(id: String) -> Int? { index.efficacyByID[id] }
  /// Index of the safety result with this `id`.
  public func safetyIndex(id: String) -> Int? { index.safetyByID[id] }
  /// Index of the timeline event with this id.
  public func eventIndex(id: String) -> Int? { story.value.eventByID[id] }

  /// The effect graded for a drug × mechanism cell, or nil when the cell was not studied.
  public func effect(drugIndex: Int, mechanismIndex: Int) -> Effect? {
    guard drugs.indices.contains(drugIndex), mechanisms.indices.contains(mechanismIndex) else { return nil }
    return index.effect(drug: drugIndex, mechanism: mechanismIndex).map { effects[$0] }
  }

  /// Efficacy results of the drug at `drugIndex`, in file order.
  public func efficacy(drugIndex: Int) -> [EfficacyResult] { efficacyIndices(drugIndex: drugIndex).map { efficacy[$0] } }

  /// Safety results of the drug at `drugIndex`, in file order.
  public func safety(drugIndex: Int) -> [SafetyResult] { safetyIndices(drugIndex: drugIndex).map { safety[$0] } }

  /// Positions (in `efficacy`) of the drug's efficacy results, in file order: for pages whose
  /// lines lead to each result.
  public func efficacyIndices(drugIndex: Int) -> [Int] { index.efficacy.members(of: drugIndex).map { Int($0) } }

  /// Positions (in `safety`) of the drug's safety results, in file order.
  public func safetyIndices(drugIndex: Int) -> [Int] { index.safety.members(of: drugIndex).map { Int($0) } }

  /// How many efficacy and safety results the drug at `drugIndex` has, from the index alone
  /// (no result is decoded).
  public func resultCounts(drugIndex: Int) -> (efficacy: Int, safety: Int) {
    (index.efficacy.members(of: drugIndex).count, index.safety.members(of: drugIndex).count)
  }

  /// Everything that cites the source with this id, in catalogue order (drugs, mechanisms,
  /// effects, efficacy, safety), each at most once.
  public func citers(ofCitation id: String) -> [CatalogEntryReference] {
    guard let citation = index.citationByID[id] else { return [] }
    return index.citers.members(of: citation).map { packed in
      let (table, position) = CatalogIndex.Citer.unpack(packed)
      switch table {
      case .drug: return .drug(position)
      case .mechanism: return .mechanism(position)
      case .effect: return .effect(position)
      case .efficacy: return .efficacy(position)
      case .safety: return .safety(position)
      }
    }
  }

  /// How many citations have a PMID or a DOI, counted as the catalogue was indexed (no entry is read).
  public var identifiedCitationCount: Int { index.identifiedCitations }

  /// Whether some drug says when it was first marketed, known from the index (no entry is read).
  public var anyDrugFirstMarketed: Bool { index.anyFirstMarketing }

  /// Whether some matrix cell says what kind of evidence its grade rests on (then the matrix
  /// shows level letters and their legend; a catalogue without levels looks as before).
  public var anyEvidenceLevel: Bool { index.anyEvidenceLevel }

  /// The review's citation, when the catalogue names one.
  public var reviewCitation: Citation? { review.flatMap { citation(id: $0) } }

  /// Whether a finding of this year came after the review's horizon (false when either is unknown).
  public func isLater(_ year: Int?) -> Bool {
    guard let year, let horizon else { return false }
    return year > horizon
  }
}

/// One entry of a catalogue, by table and position.
public enum CatalogEntryReference: Sendable, Equatable {
  case drug(Int), mechanism(Int), effect(Int), efficacy(Int), safety(Int)
}
