/// One terminal cell: the grapheme shown there and its style. A wide character fills its cell
/// and leaves the next one as a continuation (an empty `text`), as terminals draw it.
///
/// A cell is two integers: the grapheme's first five Unicode scalars, 21 bits each, and the
/// style in the top byte. So a frame of 4,800 cells is filled, compared (as plain memory, by
/// the painter) and freed without reference counting. (A terminal cell holds no more: curses
/// keeps five characters a cell. A longer cluster keeps its first five scalars.)
public struct Cell: Sendable, Equatable {
  /// Scalars 0–2 (21 bits each, lowest first); 0 where there is none.
  private var low: UInt64
  /// Scalars 3–4 (bits 0–41), and the style's raw value in bits 56–63.
  private var high: UInt64

  /// The bits of `high` that hold scalars.
  private static let scalarBits: UInt64 = (1 << 42) - 1

  /// The style role.
  public var style: CellStyle {
    get { CellStyle(rawValue: UInt8(truncatingIfNeeded: high >> 56)) ?? .normal }
    set { high = (high & Self.scalarBits) | UInt64(newValue.rawValue) << 56 }
  }

  /// The most scalars a cell keeps.
  public static let scalarLimit = 5

  /// Creates a cell showing `text` (" " for blank, "" for the right half of a wide character).
  public init(_ text: String = " ", style: CellStyle = .normal) {
    self.init(scalars: text.unicodeScalars, style: style)
  }

  /// Creates a cell showing one grapheme.
  public init(_ character: Character, style: CellStyle = .normal) {
    self.init(scalars: character.unicodeScalars, style: style)
  }

  /// Creates a cell showing one ASCII character (a byte below 0x80).
  init(ascii byte: UInt8, style: CellStyle) {
    (low, high) = (UInt64(byte), UInt64(style.rawValue) << 56)
  }

  /// Creates a cell showing one scalar.
  init(scalar: Unicode.Scalar, style: CellStyle) {
    (low, high) = (UInt64(scalar.value), UInt64(style.rawValue) << 56)
  }

  private init(scalars: some Sequence<Unicode.Scalar>, style: CellStyle) {
    var packed: (UInt64, UInt64) = (0, 0)
    var index = 0
    for scalar in scalars {
      guard index < Self.scalarLimit else { break }
      let value = UInt64(scalar.value) << UInt64(21 * (index % 3))
      if index < 3 { packed.0 |= value } else { packed.1 |= value }
      index += 1
    }
    (low, high) = (packed.0, packed.1 | UInt64(style.rawValue) << 56)
  }

  /// A blank cell.
  public static let blank = Cell()

  /// The grapheme, " " for blank, "" for the right half of a wide character.
  public var text: String {
    get {
      var text = ""
      for scalar in scalars { text.unicodeScalars.append(scalar) }
      return text
    }
    set { self = Cell(newValue, style: style) }
  }

  /// The grapheme's scalars, in order.
  public var scalars: Scalars { Scalars(low: low, high: high & Self.scalarBits) }

  /// The grapheme's scalars as the cell keeps them: 21 bits each, lowest first, scalars 0–2 in
  /// `low` and 3–4 in `high`, 0 where there is none. The terminal front end hands these to its
  /// C shim as they are, which unpacks them into a curses cell or UTF-8.
  public var packedScalars: (low: UInt64, high: UInt64) { (low, high & Self.scalarBits) }

  /// Whether this is the right half of a wide character.
  public var isContinuation: Bool { low == 0 }

  /// Whether the cell shows one ASCII character.
  public var isASCII: Bool { low < 0x80 && high & Self.scalarBits == 0 }

  /// The scalars of a cell, read from its two integers.
  public struct Scalars: Sequence, IteratorProtocol {
    var low: UInt64
    var high: UInt64

    /// The next scalar, or nil after the last.
    public mutating func next() -> Unicode.Scalar? {
      let value = UInt32(truncatingIfNeeded: low & 0x1F_FFFF)
      guard value != 0 else { return nil }
      low = (low >> 21) | ((high & 0x1F_FFFF) << 42)
      high >>= 21
      return Unicode.Scalar(value)
    }
  }
}
