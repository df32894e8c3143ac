/// A rectangle of cells. Sizes are never negative: every operation clamps, so a zero-sized
/// pane is an ordinary case, not a crash.
public struct Rect: Sendable, Equatable {
  /// Left column.
  public var x: Int
  /// Top row.
  public var y: Int
  /// Width in cells (≥ 0).
  public var width: Int
  /// Height in rows (≥ 0).
  public var height: Int

  /// Creates a rectangle, clamping negative sizes to zero.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// Whether the rectangle has no cells.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// The rectangle shrunk by `margin` on every side (a frame's inside).
  public func inset(by margin: Int) -> Rect {
    Rect(x: x + margin, y: y + margin, width: width - 2 * margin, height: height - 2 * margin)
  }
}
