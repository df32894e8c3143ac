/// How strongly a drug acts through a mechanism: 0 none, 1 weak, 2 moderate, 3 strong.
/// A matrix cell without an effect entry is "not studied", which is not a grade.
public enum Grade: Int, Sendable, CaseIterable, Comparable {
  case none = 0, weak, moderate, strong

  /// The matrix symbol: `—`, `+`, `++`, `+++`.
  public var symbol: String {
    switch self {
    case .none: return "—"
    case .weak: return "+"
    case .moderate: return "++"
    case .strong: return "+++"
    }
  }

  /// The English word, e.g. "moderate".
  public var word: String {
    switch self {
    case .none: return "none"
    case .weak: return "weak"
    case .moderate: return "moderate"
    case .strong: return "strong"
    }
  }

  /// Symbol shown for a cell with no effect entry.
  public static let notStudiedSymbol = "?"

  /// What that symbol means, in words: the catalogue has nothing for the cell (which does not
  /// say nobody studied it).
  public static let noEvidence = "no evidence in this catalogue"

  /// Orders grades by strength.
  public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.rawValue < rhs.rawValue }
}
