import Synchronization

/// Hands out block numbers 0, 1, 2, … to whichever thread asks next, each number once: two
/// threads reading one chunk of a table share it by claiming its blocks in turn, so the one
/// that also indexes simply claims fewer.
final class BlockCounter: Sendable {
  private let next = Atomic<Int>(0)

  /// The next unclaimed block below `count`, or nil when all are claimed.
  func claim(below count: Int) -> Int? {
    let block = next.wrappingAdd(1, ordering: .relaxed).oldValue
    return block < count ? block : nil
  }
}
