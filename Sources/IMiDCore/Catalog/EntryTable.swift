/// One table of a catalogue (its drugs, effects, results or citations), as a random-access
/// collection of entries.
///
/// A catalogue built in code holds its entries in an array. A catalogue loaded from a file
/// holds only where each entry starts in the file's bytes, and decodes an entry when it is
/// read: a 100,000-drug file of 77 MB then takes about its own size in memory instead of
/// three times that as Swift values. The screen reads a few dozen entries a frame, so this
/// costs microseconds; whole-table passes (exports) cost a decode per entry.
public struct EntryTable<Entry: Sendable>: RandomAccessCollection, Sendable {
  private enum Storage: Sendable {
    case array([Entry])
    case stored(StoredEntries<Entry>)
  }

  private let storage: Storage

  /// A table of these entries.
  public init(_ entries: [Entry]) {
    storage = .array(entries)
  }

  /// A table read from a file's bytes on demand.
  init(stored: StoredEntries<Entry>) {
    storage = .stored(stored)
  }

  /// The first index, 0.
  public var startIndex: Int { 0 }

  /// One past the last index: the number of entries.
  public var endIndex: Int {
    switch storage {
    case .array(let entries): return entries.count
    case .stored(let stored): return stored.count
    }
  }

  /// The entry at `position`.
  public subscript(position: Int) -> Entry {
    switch storage {
    case .array(let entries): return entries[position]
    case .stored(let stored): return stored[position]
    }
  }

  /// The entry at `position`, decoded without the recently-decoded entries (neither read nor
  /// filled): for whole-table passes, which read each entry once, on two threads at a time,
  /// and would otherwise take turns at the cache's lock for every entry.
  public func uncached(_ position: Int) -> Entry {
    switch storage {
    case .array(let entries): return entries[position]
    case .stored(let stored): return stored.decoded(position)
    }
  }
}

extension EntryTable: ExpressibleByArrayLiteral {
  /// A table of the listed entries.
  public init(arrayLiteral elements: Entry...) {
    self.init(elements)
  }
}

/// The entries of one table kept as the file's bytes: where each entry starts, and how to
/// decode one. The bytes are immutable, so catalogues that share them stay `Sendable`.
///
/// Entries read last are kept decoded (`recent`, behind a lock): a frame reads the same few
/// dozen visible entries several times (names, columns, the Citation pane), and the next frame
/// mostly the same ones again, so each is decoded once rather than on every read. A
/// whole-table pass (an export) reads `decoded` instead: no lock, nothing kept.
final class StoredEntries<Entry: Sendable>: @unchecked Sendable {
  private let bytes: [UInt8]
  private let starts: [UInt32]
  private let decode: @Sendable (UnsafeBufferPointer<UInt8>, Int) -> Entry
  /// Guards `recent` (hence `@unchecked Sendable`).
  private let lock = PthreadLock()
  /// Entries decoded recently, in a direct-mapped table: entry `p` lives in slot `p % slots`,
  /// so consecutive entries (the rows on screen) never evict each other. A short table gets a
  /// slot an entry: 1,024 empty slots of a drug are some 400 KB to clear, and five tables of
  /// them were a twentieth of the built-in catalogue's first frame.
  private var recent: [(position: Int, entry: Entry)?]
  private let slots: Int

  /// `bytes` were validated as JSON (`JSONDocument`); `starts` are the offsets of the entries'
  /// values; `decode` reads the entry starting at a byte (it cannot fail on a validated file).
  init(bytes: [UInt8], starts: [UInt32], decode: @escaping @Sendable (UnsafeBufferPointer<UInt8>, Int) -> Entry) {
    self.bytes = bytes
    self.starts = starts
    self.decode = decode
    slots = max(1, min(recentSlots, starts.count))
    recent = Array(repeating: nil, count: slots)
  }

  var count: Int { starts.count }

  subscript(position: Int) -> Entry {
    let start = Int(starts[position])
    let slot = position % slots
    let kept = lock.withLock { () -> Entry? in
      guard let kept = recent[slot], kept.position == position else { return nil }
      return kept.entry
    }
    if let kept { return kept }
    let entry = bytes.withUnsafeBufferPointer { decode($0, start) }
    lock.withLock { recent[slot] = (position, entry) }
    return entry
  }

  /// The entry at `position`, decoded now (the recent entries left alone).
  func decoded(_ position: Int) -> Entry {
    bytes.withUnsafeBufferPointer { decode($0, Int(starts[position])) }
  }
}

/// How many decoded entries a stored table keeps: more than the rows of most screens, so a frame
/// and the frames after it decode each visible entry once.
private let recentSlots = 1024
