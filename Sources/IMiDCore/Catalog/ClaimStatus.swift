/// How a claim of the review has held up: the catalogue field `status`.
public enum ClaimStatus: String, Sendable, CaseIterable {
  /// Later evidence bears it out.
  case held
  /// True in part, or true for other reasons than the review gave.
  case refined
  /// Later evidence contradicts it.
  case overturned
  /// Not settled.
  case open

  /// The mark shown before a claim: ✓ ~ ✗ ? (`ASCIIText` maps ✓ and ✗ for ASCII screens).
  public var mark: String {
    switch self {
    case .held: return "✓"
    case .refined: return "~"
    case .overturned: return "✗"
    case .open: return "?"
    }
  }

  /// The legal values, for messages: "held, refined, overturned or open".
  public static var list: String { "held, refined, overturned or open" }
}
