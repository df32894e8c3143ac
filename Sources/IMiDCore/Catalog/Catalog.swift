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
  /// Drugs, in file order.
  public private(set) var drugs: [Drug]
  /// Mechanisms, in file order (the matrix columns).
  public private(set) var mechanisms: [Mechanism]
  /// Graded matrix cells.
  public private(set) var effects: [Effect]
  /// Efficacy results.
  public private(set) var efficacy: [EfficacyResult]
  /// Safety results.
  public private(set) var safety: [SafetyResult]
  /// Sources.
  public private(set) var citations: [Citation]
  /// Rows of the compare view whose numbers may be ranked.
  public private(set) var comparable: [ComparableRule]

  private var drugIndexByID: [String: Int] = [:]
  private var mechanismIndexByID: [String: Int] = [:]
  private var citationIndexByID: [String: Int] = [:]
  private var effectIndexByCell: [Int: Int] = [:]
  private var efficacyIndexesByDrug: [[Int]] = []
  private var safetyIndexesByDrug: [[Int]] = []

  /// Creates a catalogue and indexes it. Entries whose references do not resolve are kept but
  /// not indexed; `CatalogValidator` reports them before a catalogue is ever built from a file.
  public init(
    title: String? = nil, review: String? = nil, horizon: Int? = nil,
    drugs: [Drug], mechanisms: [Mechanism] = [], effects: [Effect] = [],
    efficacy: [EfficacyResult] = [], safety: [SafetyResult] = [], citations: [Citation] = [],
    comparable: [ComparableRule] = []
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
    drugIndexByID = Self.firstIndexes(drugs.map(\.id))
    mechanismIndexByID = Self.firstIndexes(mechanisms.map(\.id))
    citationIndexByID = Self.firstIndexes(citations.map(\.id))
    for (index, effect) in effects.enumerated() {
      guard let d = drugIndexByID[effect.drug], let m = mechanismIndexByID[effect.mechanism] else { continue }
      let key = d * mechanisms.count + m
      if effectIndexByCell[key] == nil { effectIndexByCell[key] = index }
    }
    efficacyIndexesByDrug = Array(repeating: [], count: drugs.count)
    for (index, result) in efficacy.enumerated() {
      if let d = drugIndexByID[result.drug] { efficacyIndexesByDrug[d].append(index) }
    }
    safetyIndexesByDrug = Array(repeating: [], count: drugs.count)
    for (index, result) in safety.enumerated() {
      if let d = drugIndexByID[result.drug] { safetyIndexesByDrug[d].append(index) }
    }
  }

  private static func firstIndexes(_ ids: [String]) -> [String: Int] {
    var map: [String: Int] = [:]
    map.reserveCapacity(ids.count)
    for (index, id) in ids.enumerated() where map[id] == nil { map[id] = index }
    return map
  }

  /// Index of the drug with this id.
  public func drugIndex(id: String) -> Int? { drugIndexByID[id] }
  /// Index of the mechanism with this id.
  public func mechanismIndex(id: String) -> Int? { mechanismIndexByID[id] }
  /// The drug with this id.
  public func drug(id: String) -> Drug? { drugIndexByID[id].map { drugs[$0] } }
  /// The mechanism with this id.
  public func mechanism(id: String) -> Mechanism? { mechanismIndexByID[id].map { mechanisms[$0] } }
  /// The citation with this id.
  public func citation(id: String) -> Citation? { citationIndexByID[id].map { citations[$0] } }

  /// The effect graded for a drug × mechanism cell, or nil when the cell was not studied.
  public func effect(drugIndex: Int, mechanismIndex: Int) -> Effect? {
    guard drugs.indices.contains(drugIndex), mechanisms.indices.contains(mechanismIndex) else { return nil }
    return effectIndexByCell[drugIndex * mechanisms.count + mechanismIndex].map { effects[$0] }
  }

  /// Efficacy results of the drug at `drugIndex`, in file order.
  public func efficacy(drugIndex: Int) -> [EfficacyResult] {
    guard efficacyIndexesByDrug.indices.contains(drugIndex) else { return [] }
    return efficacyIndexesByDrug[drugIndex].map { efficacy[$0] }
  }

  /// Safety results of the drug at `drugIndex`, in file order.
  public func safety(drugIndex: Int) -> [SafetyResult] {
    guard safetyIndexesByDrug.indices.contains(drugIndex) else { return [] }
    return safetyIndexesByDrug[drugIndex].map { safety[$0] }
  }

  /// The review's citation, when the catalogue names one.
  public var reviewCitation: Citation? { review.flatMap { citation(id: $0) } }

  /// Whether a finding of this year came after the review's horizon (false when either is unknown).
  public func isLater(_ year: Int?) -> Bool {
    guard let year, let horizon else { return false }
    return year > horizon
  }
}
