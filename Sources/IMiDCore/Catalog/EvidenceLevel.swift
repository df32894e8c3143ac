/// What kind of evidence a matrix cell's grade rests on, told apart from the grade itself: the
/// grade says how strong the reported effect is, the level what that report was measured in.
/// Ordered from the least direct (a statement about the whole class) to the most (people).
public enum EvidenceLevel: String, Sendable, CaseIterable {
  /// Said of the class, or in a review or commentary, with no data for this drug.
  case classStatement = "class"
  /// Cells or tissue in the laboratory (including patients' cells tested outside the body).
  case inVitro = "in vitro"
  /// Animals (or animal embryos).
  case animal
  /// Patients or volunteers.
  case human

  /// The one-letter mark a matrix cell carries: `c`, `v`, `a`, `h`.
  public var letter: String {
    switch self {
    case .classStatement: return "c"
    case .inVitro: return "v"
    case .animal: return "a"
    case .human: return "h"
    }
  }

  /// A short phrase for legends and detail views, e.g. "in vitro (cells)".
  public var phrase: String {
    switch self {
    case .classStatement: return "class statement only"
    case .inVitro: return "in vitro (cells)"
    case .animal: return "animals"
    case .human: return "patients or volunteers"
    }
  }

  /// The accepted spellings, for messages: `class, in vitro, animal or human`.
  public static var list: String {
    let names = allCases.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
  }
}
