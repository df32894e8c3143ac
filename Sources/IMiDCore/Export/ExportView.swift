/// What an export contains: one of the browser's views, in full.
public enum ExportView: Sendable, Equatable {
  /// The drug list.
  case drugs
  /// The drugs × mechanisms matrix with its legend and every graded cell's evidence.
  case matrix
  /// Drugs side by side.
  case compare([Int])
  /// What the Citation pane shows: a drug's sources, a matrix cell's evidence, or one source.
  case citation(DetailSubject)
  /// One drug in full (as `imid show`).
  case drug(Int)
  /// The review's claims and how each has held up (as `imid review`).
  case review
  /// The dated events, for one drug (and the class-wide ones) or all (as `imid timeline`).
  case timeline(drug: Int?)

  /// The short name used in default file names: `imid-<name>-<date>.txt`.
  public var name: String {
    switch self {
    case .drugs: return "drugs"
    case .matrix: return "matrix"
    case .compare: return "compare"
    case .citation: return "citation"
    case .drug: return "drug"
    case .review: return "review"
    case .timeline: return "timeline"
    }
  }
}
