/// The compare view inside the browser: which drugs, the selected cell (and entry within it),
/// the scroll offset, and a source opened in full on top of it.
public struct CompareScreen: Sendable, Equatable {
  /// The compared drugs (2 or 3), in catalogue order.
  public internal(set) var drugs: [Int]
  /// The selected cell: section (0 efficacy, 1 safety), row, drug column, entry within the cell.
  public internal(set) var selection = CompareLayout.EntryRef(section: 0, row: 0, column: 0, entry: 0)
  /// First line shown.
  public internal(set) var scroll = 0
  /// A source opened in full from the selected entry, if any.
  public internal(set) var citation: String?
  /// First line of the opened source shown.
  public internal(set) var citationScroll = 0

  /// Creates the screen for `drugs`.
  public init(drugs: [Int]) { self.drugs = drugs }
}
