/// The browser's three panes, in Tab order.
public enum Pane: Int, Sendable, CaseIterable {
  case drugs, matrix, detail

  /// The title drawn on the pane's frame.
  public var title: String {
    switch self {
    case .drugs: return "Drugs"
    case .matrix: return "Mechanisms"
    case .detail: return "Citation"
    }
  }

  /// A short name for the tab bar of narrow terminals.
  public var shortTitle: String {
    switch self {
    case .drugs: return "Drugs"
    case .matrix: return "Mech"
    case .detail: return "Cite"
    }
  }
}
