/// One terminal cell: the grapheme shown there and its style. A wide character fills its cell
/// and leaves the next one as a continuation (an empty `text`), as terminals draw it.
public struct Cell: Sendable, Equatable {
  /// The grapheme, " " for blank, "" for the right half of a wide character.
  public var text: String
  /// The style role.
  public var style: CellStyle

  /// Creates a cell.
  public init(_ text: String = " ", style: CellStyle = .normal) {
    self.text = text
    self.style = style
  }

  /// A blank cell.
  public static let blank = Cell()

  /// Whether this is the right half of a wide character.
  public var isContinuation: Bool { text.isEmpty }
}
