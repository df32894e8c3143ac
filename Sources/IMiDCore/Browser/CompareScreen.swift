/// The compare view inside the browser. It opens on the summary table (a row per setting and
/// adverse event, a cell per drug: `summarySelection`, `summaryScroll`); Enter on a row opens
/// that row's results in full (`row`: the details, with their selected entry, scroll and a
/// source opened on top), and Backspace returns to the summary.
public struct CompareScreen: Sendable, Equatable {
  /// The compared drugs (2 or 3), in catalogue order.
  public internal(set) var drugs: [Int]
  /// The summary's selected cell (section, row, drug column; entry unused).
  public internal(set) var summarySelection = CompareLayout.EntryRef(section: 0, row: 0, column: 0, entry: 0)
  /// First line of the summary shown.
  public internal(set) var summaryScroll = 0
  /// The row whose details are open (section and row of the comparison; column and entry
  /// unused), or nil on the summary.
  public internal(set) var row: CompareLayout.EntryRef?
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
