/// The lookups a catalogue answers in O(1) or O(entries of one drug): ids to positions, the
/// graded cell of a drug × mechanism, a drug's results, and the facts that cite a source.
///
/// Built once, from keys gathered entry by entry (`CatalogIndex.Builder`), so that a loaded
/// catalogue is indexed while it is validated, without decoding its entries a second time.
/// Per-drug lists are flat arrays with offsets rather than an array per drug.
struct CatalogIndex: Sendable {
  var drugByID = IDMap()
  var mechanismByID = IDMap()
  var citationByID = IDMap()
  /// Results that have an `id` (evidence refers to them by it).
  var efficacyByID = IDMap()
  var safetyByID = IDMap()
  /// For drug d, `cells[cellStarts[d]..<cellStarts[d + 1]]`: (mechanism index, effect index).
  var cellStarts: [UInt32] = [0]
  var cells: [(mechanism: UInt32, effect: UInt32)] = []
  var efficacy = Grouped()
  var safety = Grouped()
  /// For citation c, the facts citing it, in catalogue order.
  var citers = Grouped()
  /// How many citations have a PMID or a DOI.
  var identifiedCitations = 0
  /// Whether some drug says when it was first marketed.
  var anyFirstMarketing = false
  /// Whether some effect says what kind of evidence its grade rests on.
  var anyEvidenceLevel = false

  /// Lists of entry numbers grouped by a key number (a drug, a citation), in the order added.
  struct Grouped: Sendable {
    var starts: [UInt32] = [0]
    var members: [UInt32] = []

    /// Groups already laid out: group k is `members[starts[k]..<starts[k + 1]]`.
    init(starts: [UInt32], members: [UInt32]) {
      self.starts = starts
      self.members = members
    }

    /// Groups `pairs` (key, member) by key for keys 0..<count, keeping their order.
    init(_ pairs: [(key: UInt32, member: UInt32)] = [], count: Int = 0) {
      var counts = [UInt32](repeating: 0, count: count + 1)
      for pair in pairs { counts[Int(pair.key) + 1] += 1 }
      for index in 0..<count { counts[index + 1] += counts[index] }
      starts = counts
      var next = counts
      members = [UInt32](repeating: 0, count: pairs.count)
      for pair in pairs {
        members[Int(next[Int(pair.key)])] = pair.member
        next[Int(pair.key)] += 1
      }
    }

    /// The members of group `key` (empty for an unknown key).
    func members(of key: Int) -> ArraySlice<UInt32> {
      guard key >= 0, key + 1 < starts.count else { return [] }
      return members[Int(starts[key])..<Int(starts[key + 1])]
    }
  }

  /// What cites a source: which table, and the entry's index in it.
  enum Citer: UInt32, Sendable {
    case drug = 0, mechanism, effect, efficacy, safety

    /// Packs a table and an index into one number for `Grouped`.
    func packed(_ index: Int) -> UInt32 { rawValue << 29 | UInt32(index) }

    /// The table and index a packed number stands for.
    static func unpack(_ value: UInt32) -> (Citer, Int) {
      (Citer(rawValue: value >> 29) ?? .drug, Int(value & (1 << 29 - 1)))
    }
  }

  /// The graded effect of drug `drug` × mechanism `mechanism`, as an index into the effects.
  func effect(drug: Int, mechanism: Int) -> Int? {
    guard drug >= 0, drug + 1 < cellStarts.count else { return nil }
    for cell in cells[Int(cellStarts[drug])..<Int(cellStarts[drug + 1])] where cell.mechanism == UInt32(mechanism) {
      return Int(cell.effect)
    }
    return nil
  }

  /// Gathers keys entry by entry, in table order: citations, drugs, mechanisms, then the
  /// tables that refer to them. References that do not resolve are not indexed.
  struct Builder {
    /// The index so far; a builder that does not index ids is given them here.
    var index = CatalogIndex()
    /// Whether entries' ids are indexed as they are added (first one wins).
    private let indexesIDs: Bool
    private var drugCount = 0
    private var citationCount = 0
    private var cellTriples: [(drug: UInt32, mechanism: UInt32, effect: UInt32)] = []
    private var firstEffectOfCell = CellMap()
    private var efficacyPairs: [(key: UInt32, member: UInt32)] = []
    private var safetyPairs: [(key: UInt32, member: UInt32)] = []
    private var citerPairs: [(key: UInt32, member: UInt32)] = []

    init(indexesIDs: Bool = true) {
      self.indexesIDs = indexesIDs
    }

    /// Makes room for `count` effects at once: a table of 300,000 grew its cell map some twenty
    /// times, each time hashing every cell again.
    mutating func reserve(effects count: Int) {
      firstEffectOfCell.reserveCapacity(count)
      cellTriples.reserveCapacity(count)
    }

    mutating func addCitation(_ citation: Citation, at position: Int) {
      if indexesIDs { index.citationByID.insert(citation.id, at: position) }
      if citation.hasIdentifier { index.identifiedCitations += 1 }
      citationCount = max(citationCount, position + 1)
    }

    mutating func addDrug(_ drug: Drug, at position: Int) {
      if indexesIDs { index.drugByID.insert(drug.id, at: position) }
      drugCount = max(drugCount, position + 1)
      let start = citerPairs.count
      cite(drug.cite, by: .drug, position, since: start)
      for approval in drug.approvals { cite(approval.cite, by: .drug, position, since: start) }
      if let marketing = drug.firstMarketed {
        index.anyFirstMarketing = true
        cite(marketing.cite, by: .drug, position, since: start)
      }
    }

    mutating func addMechanism(_ mechanism: Mechanism, at position: Int) {
      if indexesIDs { index.mechanismByID.insert(mechanism.id, at: position) }
      cite(mechanism.cite, by: .mechanism, position, since: citerPairs.count)
    }

    /// Records an effect; returns the position of an earlier effect for the same drug ×
    /// mechanism cell, if there is one (a loaded catalogue may not have two).
    @discardableResult
    mutating func addEffect(_ effect: Effect, at position: Int) -> Int? {
      var earlier: Int?
      if let drug = index.drugByID[effect.drug], let mechanism = index.mechanismByID[effect.mechanism] {
        earlier = firstEffectOfCell.insert(drug: drug, mechanism: mechanism, effect: position)
        cellTriples.append((UInt32(drug), UInt32(mechanism), UInt32(position)))
      }
      if effect.level != nil { index.anyEvidenceLevel = true }
      cite(effect.cite, by: .effect, position, since: citerPairs.count)
      return earlier
    }

    mutating func addEfficacy(_ result: EfficacyResult, at position: Int) {
      if indexesIDs, let id = result.id { index.efficacyByID.insert(id, at: position) }
      if let drug = index.drugByID[result.drug] { efficacyPairs.append((UInt32(drug), UInt32(position))) }
      cite(result.cite, by: .efficacy, position, since: citerPairs.count)
    }

    mutating func addSafety(_ result: SafetyResult, at position: Int) {
      if indexesIDs, let id = result.id { index.safetyByID.insert(id, at: position) }
      if let drug = index.drugByID[result.drug] { safetyPairs.append((UInt32(drug), UInt32(position))) }
      cite(result.cite, by: .safety, position, since: citerPairs.count)
    }

    /// Records that the entry cites `ids`; the entry's pairs start at `start`, and an entry
    /// citing a source twice (a drug and one of its approvals) is listed once for it.
    private mutating func cite(_ ids: [String], by citer: Citer, _ position: Int, since start: Int) {
      let packed = citer.packed(position)
      for id in ids {
        guard let citation = index.citationByID[id].map(UInt32.init) else { continue }
        if citerPairs[start...].contains(where: { $0.key == citation }) { continue }
        citerPairs.append((citation, packed))
      }
    }

    /// The finished index.
    mutating func finish() -> CatalogIndex {
      firstEffectOfCell = CellMap()
      var index = self.index
      let cellPairs = cellTriples.enumerated().map { (key: $0.element.drug, member: UInt32($0.offset)) }
      let grouped = Grouped(cellPairs, count: drugCount)
      index.cellStarts = grouped.starts
      index.cells = grouped.members.map { (cellTriples[Int($0)].mechanism, cellTriples[Int($0)].effect) }
      index.efficacy = Grouped(efficacyPairs, count: drugCount)
      index.safety = Grouped(safetyPairs, count: drugCount)
      index.citers = Grouped(citerPairs, count: citationCount)
      return index
    }
  }
}
