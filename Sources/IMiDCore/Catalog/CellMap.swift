/// The first effect seen for each drug × mechanism cell, while a catalogue's effects are
/// indexed: a second effect for a cell is an error that names the first.
///
/// A `Dictionary` hashed each of 300,000 cells with SipHash; this table is open-addressed over
/// a power of two of slots, probed linearly, with the cell's two positions mixed by the same
/// seeded multiply as `IDMap` (so a catalogue cannot choose cells that collide).
struct CellMap {
  /// The cells held, `empty` where there is none: the drug's position in the high half, the
  /// mechanism's in the low.
  private var cells: [UInt64] = []
  /// The first effect of each held cell.
  private var effects: [UInt32] = []
  private var bits = 0
  private var count = 0
  /// No cell is this: positions are below 2³¹.
  private static let empty = UInt64.max

  /// Makes room for `count` cells without growing again.
  mutating func reserveCapacity(_ count: Int) {
    var size = 16
    while size * 3 < count * 4 { size *= 2 }
    if size > cells.count { grow(to: size) }
  }

  /// Records `effect` as the first for drug × mechanism unless that cell has one already;
  /// returns the earlier one then.
  mutating func insert(drug: Int, mechanism: Int, effect: Int) -> Int? {
    if (count + 1) * 4 > cells.count * 3 { grow(to: Swift.max(16, cells.count * 2)) }
    let cell = UInt64(drug) << 32 | UInt64(mechanism)
    let mask = cells.count - 1
    var slot = Int(truncatingIfNeeded: IDMap.hash(cell) >> UInt64(64 - bits))
    while cells[slot] != Self.empty {
      if cells[slot] == cell { return Int(effects[slot]) }
      slot = (slot + 1) & mask
    }
    cells[slot] = cell
    effects[slot] = UInt32(effect)
    count += 1
    return nil
  }

  /// Lays the held cells out again over `size` slots (a power of two).
  private mutating func grow(to size: Int) {
    let (oldCells, oldEffects) = (cells, effects)
    cells = [UInt64](repeating: Self.empty, count: size)
    effects = [UInt32](repeating: 0, count: size)
    bits = size.trailingZeroBitCount
    count = 0
    for (cell, effect) in zip(oldCells, oldEffects) where cell != Self.empty {
      _ = insert(drug: Int(cell >> 32), mechanism: Int(cell & 0xFFFF_FFFF), effect: Int(effect))
    }
  }
}
