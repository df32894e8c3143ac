/// What loading a catalogue works out besides its entries: where each entry starts in the
/// file, the lookups by id, the index of cells, results and citers, and the search text.
///
/// A catalogue known to be valid (the built-in one, which the tests load and check whole) keeps
/// its snapshot beside its bytes, so that it opens without being read again
/// (`CatalogLoader.open`): the first frame then waits for no load. A snapshot names the bytes
/// it was made from (their length and checksum) and is never used with any others.
public struct CatalogSnapshot: Sendable, Equatable {
  /// The length of the bytes this snapshot was made from.
  public var byteCount: Int
  /// Their checksum (`CatalogSnapshot.checksum(of:)`).
  public var checksum: UInt64
  /// The top-level `title`.
  public var title: String?
  /// The id of the citation the catalogue renders (top-level `review`).
  public var review: String?
  /// The year up to which findings were known to the review (top-level `horizon`).
  public var horizon: Int?
  /// The catalogue's own version (top-level `version`).
  public var version: String?
  /// The day the catalogue was last revised (top-level `date`).
  public var date: String?
  /// Where each entry of each table starts in the bytes.
  public var starts: Starts
  /// Each table's ids with the position of the entry that has it.
  public var ids: IDs
  /// Where each drug's graded cells start: drug d's are at `cellStarts[d]..<cellStarts[d + 1]`
  /// of `cellMechanisms` and `cellEffects`.
  public var cellStarts: [UInt32]
  /// Each graded cell's mechanism (its position in the mechanisms).
  public var cellMechanisms: [UInt32]
  /// Each graded cell's effect (its position in the effects).
  public var cellEffects: [UInt32]
  /// Each drug's efficacy results (positions), grouped by drug.
  public var efficacy: Groups
  /// Each drug's safety results (positions), grouped by drug.
  public var safety: Groups
  /// What cites each citation, grouped by citation (`CatalogIndex.Citer`, packed).
  public var citers: Groups
  /// How many citations have a PMID or a DOI.
  public var identifiedCitations: Int
  /// Whether some drug says when it was first marketed.
  public var anyFirstMarketing: Bool
  /// Whether some effect names its level of evidence.
  public var anyEvidenceLevel: Bool
  /// The drugs' folded search text (`DrugSearchIndex`).
  public var searchText: [UInt8]
  /// Where each drug's search text starts, and where the last ends.
  public var searchStarts: [Int]

  /// Where the entries of each table start, as offsets into the bytes.
  public struct Starts: Sendable, Equatable {
    /// Where each of the drugs starts.
    public var drugs: [UInt32]
    /// Where each of the mechanisms starts.
    public var mechanisms: [UInt32]
    /// Where each of the effects starts.
    public var effects: [UInt32]
    /// Where each of the efficacy results starts.
    public var efficacy: [UInt32]
    /// Where each of the safety results starts.
    public var safety: [UInt32]
    /// Where each of the citations starts.
    public var citations: [UInt32]
    /// Where each of the comparable rows starts.
    public var comparable: [UInt32]
    /// Where each of the events starts.
    public var events: [UInt32]
    /// Where each of the claims starts.
    public var claims: [UInt32]

    /// The starts of every table, in the order of `Catalog`'s tables.
    public init(
      drugs: [UInt32], mechanisms: [UInt32], effects: [UInt32], efficacy: [UInt32], safety: [UInt32],
      citations: [UInt32], comparable: [UInt32], events: [UInt32], claims: [UInt32]
    ) {
      self.drugs = drugs
      self.mechanisms = mechanisms
      self.effects = effects
      self.efficacy = efficacy
      self.safety = safety
      self.citations = citations
      self.comparable = comparable
      self.events = events
      self.claims = claims
    }
  }

  /// The ids of the tables that are looked up by id, each with its entry's position.
  public struct IDs: Sendable, Equatable {
    /// The ids of the drugs.
    public var drugs: Lookup
    /// The ids of the mechanisms.
    public var mechanisms: Lookup
    /// The ids of the citations.
    public var citations: Lookup
    /// The ids of the efficacy results that have one.
    public var efficacy: Lookup
    /// The ids of the safety results that have one.
    public var safety: Lookup

    /// The lookups of every table that has them.
    public init(drugs: Lookup, mechanisms: Lookup, citations: Lookup, efficacy: Lookup, safety: Lookup) {
      self.drugs = drugs
      self.mechanisms = mechanisms
      self.citations = citations
      self.efficacy = efficacy
      self.safety = safety
    }
  }

  /// One table's ids and the positions of their entries, in the order of the positions.
  public struct Lookup: Sendable, Equatable {
    /// The ids.
    public var keys: [String]
    /// The position of each id's entry.
    public var positions: [UInt32]

    /// Ids and positions, pairwise.
    public init(keys: [String], positions: [UInt32]) {
      self.keys = keys
      self.positions = positions
    }

    /// A lookup's pairs, ordered by position.
    init(_ map: IDMap) {
      let pairs = map.pairs
      keys = pairs.map(\.id)
      positions = pairs.map { UInt32($0.position) }
    }

    /// The lookup as a map.
    var map: IDMap {
      var map = IDMap(minimumCapacity: keys.count)
      for (key, position) in zip(keys, positions) { map.insert(key, at: Int(position)) }
      return map
    }
  }

  /// Members grouped by a key number: group k is `members[starts[k]..<starts[k + 1]]`.
  public struct Groups: Sendable, Equatable {
    /// Where each group starts in `members`, and where the last ends.
    public var starts: [UInt32]
    /// The groups' members, one group after another.
    public var members: [UInt32]

    /// Groups as `CatalogIndex.Grouped` holds them.
    public init(starts: [UInt32], members: [UInt32]) {
      self.starts = starts
      self.members = members
    }
  }

  /// A snapshot of everything listed; `CatalogLoader.snapshot(of:…)` makes one from bytes.
  public init(
    byteCount: Int, checksum: UInt64, title: String?, review: String?, horizon: Int?, version: String?, date: String?,
    starts: Starts, ids: IDs, cellStarts: [UInt32], cellMechanisms: [UInt32], cellEffects: [UInt32],
    efficacy: Groups, safety: Groups, citers: Groups, identifiedCitations: Int, anyFirstMarketing: Bool,
    anyEvidenceLevel: Bool, searchText: [UInt8], searchStarts: [Int]
  ) {
    self.byteCount = byteCount
    self.checksum = checksum
    self.title = title
    self.review = review
    self.horizon = horizon
    self.version = version
    self.date = date
    self.starts = starts
    self.ids = ids
    self.cellStarts = cellStarts
    self.cellMechanisms = cellMechanisms
    self.cellEffects = cellEffects
    self.efficacy = efficacy
    self.safety = safety
    self.citers = citers
    self.identifiedCitations = identifiedCitations
    self.anyFirstMarketing = anyFirstMarketing
    self.anyEvidenceLevel = anyEvidenceLevel
    self.searchText = searchText
    self.searchStarts = searchStarts
  }

  /// Whether this snapshot was made from exactly these bytes (as far as a 64-bit checksum
  /// tells: it guards against a catalogue edited without its snapshot made again, not against
  /// an adversary, who would have to change the binary itself).
  public func describes(_ bytes: [UInt8]) -> Bool {
    bytes.count == byteCount && Self.checksum(of: bytes) == checksum
  }

  /// A checksum of `bytes`: FNV-1a over 8-byte words, then the tail a byte at a time (some
  /// 20 µs for the built-in catalogue's 146 KB, a tenth of reading it byte by byte).
  public static func checksum(of bytes: [UInt8]) -> UInt64 {
    let prime: UInt64 = 0x0000_0100_0000_01B3
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    bytes.withUnsafeBytes { raw in
      let words = raw.count / 8
      for word in 0..<words {
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self).littleEndian) &* prime
        hash ^= hash >> 29
      }
      for index in (words * 8)..<raw.count { hash = (hash ^ UInt64(raw[index])) &* prime }
    }
    return hash
  }
}
