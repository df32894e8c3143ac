/// The positions of a table's entries by id: what a `[String: Int]` gives, made for the
/// lookups a load does most (every effect names a drug, a mechanism and its sources).
///
/// A `Dictionary` hashes a `String` with SipHash, a byte at a time for its tail, and that
/// hashing was a quarter of the time a 100,000-drug catalogue took to load. Ids are short, so
/// this map hashes them eight bytes at a time (a multiply-and-fold mix, as wyhash does), with a
/// seed drawn once per process so that a hostile catalogue cannot choose ids that collide.
/// The table is open-addressed and probed linearly, and each slot holds the id itself (a short
/// id is stored within its `String`), its position and the top half of its hash: a lookup reads
/// one place in memory, which a table of 100,000 ids mostly has to fetch, and compares strings
/// only when the hashes agree. It grows at four fifths full: a probe mostly stays within a
/// cache line or two, and a table of 100,000 ids takes 3 MB rather than 6 (and was faster so,
/// fitting the caches better). The first position given for an id stays.
struct IDMap: Sendable {
  /// One place in the table.
  private struct Slot {
    /// The id, or "" in an empty slot.
    var id = ""
    /// The top half of the id's hash, which also gives the slot's place (its top bits).
    var tag: UInt32 = 0
    /// One more than the id's position; 0 in an empty slot.
    var position: UInt32 = 0
  }

  /// A power of two of slots (or none).
  private var slots: [Slot] = []
  /// log2 of `slots.count` (0 while there are none).
  private var bits = 0
  /// How many ids the map holds.
  private(set) var count = 0

  /// An empty map.
  init() {}

  /// A map with room for `count` ids before it grows.
  init(minimumCapacity count: Int) {
    reserveCapacity(count)
  }

  /// Whether the map holds no id.
  var isEmpty: Bool { count == 0 }

  /// The ids with their positions, in the order of the positions.
  var pairs: [(id: String, position: Int)] {
    slots.filter { $0.position != 0 }.map { ($0.id, Int($0.position) - 1) }.sorted { $0.position < $1.position }
  }

  /// The position of `id`, or nil.
  subscript(id: String) -> Int? {
    guard !slots.isEmpty else { return nil }
    let tag = UInt32(truncatingIfNeeded: Self.hash(id) >> 32)
    let mask = slots.count - 1
    var slot = Int(tag >> UInt32(32 - bits))
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let found = slots[slot]
        if found.position == 0 { return nil }
        if found.tag == tag, found.id == id { return Int(found.position) - 1 }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Adds `id` at `position` unless it is there already; returns the position it had then.
  @discardableResult
  mutating func insert(_ id: String, at position: Int) -> Int? {
    if let earlier = self[id] { return earlier }
    if (count + 1) * 5 > slots.count * 4 { grow(to: Swift.max(16, slots.count * 2)) }
    place(Slot(id: id, tag: UInt32(truncatingIfNeeded: Self.hash(id) >> 32), position: UInt32(position) + 1))
    count += 1
    return nil
  }

  /// Makes room for `count` ids without growing again.
  mutating func reserveCapacity(_ count: Int) {
    var size = 16
    while size * 4 < count * 5 { size *= 2 }
    if size > slots.count { grow(to: size) }
  }

  /// Lays the slots out again in a table of `size` (a power of two): a slot's place is the
  /// top bits of its tag.
  private mutating func grow(to size: Int) {
    let old = slots
    slots = [Slot](repeating: Slot(), count: size)
    bits = size.trailingZeroBitCount
    for slot in old where slot.position != 0 { place(slot) }
  }

  /// Puts `entry` in the first empty slot from its place.
  private mutating func place(_ entry: Slot) {
    let mask = slots.count - 1
    var slot = Int(entry.tag >> UInt32(32 - bits))
    while slots[slot].position != 0 { slot = (slot + 1) & mask }
    slots[slot] = entry
  }

  /// This process's seed, drawn once.
  private static let seed = UInt64.random(in: .min ... .max)

  /// A 64-bit hash of `id`'s UTF-8, eight bytes at a time.
  static func hash(_ id: String) -> UInt64 {
    var id = id
    return id.withUTF8 { bytes in
      var state = seed ^ UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
      guard let base = bytes.baseAddress else { return mix(state, 0xA076_1D64_78BD_642F) }
      var offset = 0
      while offset + 8 <= bytes.count {
        state = mix(state ^ UnsafeRawPointer(base).loadUnaligned(fromByteOffset: offset, as: UInt64.self), 0xE703_7ED1_A0B4_28DB)
        offset += 8
      }
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < bytes.count {
        tail |= UInt64(base[offset]) << shift
        shift += 8
        offset += 1
      }
      return mix(state ^ tail, 0x8EBC_6AF0_9C88_C6E3)
    }
  }

  /// A 64-bit hash of `value`, seeded as ids are.
  static func hash(_ value: UInt64) -> UInt64 { mix(seed ^ value, 0xE703_7ED1_A0B4_28DB) }

  /// Multiplies in full width and folds the halves together.
  @inline(__always)
  private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let product = (a ^ 0xA076_1D64_78BD_642F).multipliedFullWidth(by: b)
    return product.high ^ product.low
  }
}
