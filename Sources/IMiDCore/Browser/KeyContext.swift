/// Where a key binding applies: one of the three panes, the compare view, or the reader (the
/// review, the timeline and the pages their items open).
public enum KeyContext: Sendable, Hashable, CaseIterable {
  case drugs, matrix, detail, summary, compare, reader

  /// The context of a focused pane.
  public init(_ pane: Pane) {
    switch pane {
    case .drugs: self = .drugs
    case .matrix: self = .matrix
    case .detail: self = .detail
    }
  }

  /// The name help shows.
  public var title: String {
    switch self {
    case .drugs: return "Drugs"
    case .matrix: return "Mechanisms"
    case .detail: return "Citation"
    case .summary: return "Compare summary"
    case .compare: return "Compare details"
    case .reader: return "Review and timeline"
    }
  }
}
