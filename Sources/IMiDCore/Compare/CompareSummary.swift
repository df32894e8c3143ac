/// The compare view at a glance: for each efficacy setting and each adverse event, one row
/// across the drugs, each cell naming one result (its headline) and how many more the row
/// holds. Which result heads a cell follows one documented rule (`rule`).
public struct CompareSummary: Sendable {
  /// One drug's cell of a row.
  public struct Cell: Sendable, Equatable {
    /// The entry shown (an index into the row's entries for that drug), nil when none.
    public var headline: Int?
    /// How many entries the cell holds.
    public var count: Int
  }

  /// One setting or adverse event.
  public struct Row: Sendable {
    /// The setting or event.
    public var label: String
    /// One cell per drug.
    public var cells: [Cell]
  }

  /// Efficacy or Safety.
  public struct Section: Sendable {
    /// "Efficacy" or "Safety".
    public var title: String
    /// The rows, in the comparison's order.
    public var rows: [Row]
    /// "4 settings", "9 adverse events".
    public var count: String
  }

  /// The comparison summarised.
  public let comparison: Comparison
  /// Efficacy, then Safety.
  public let sections: [Section]

  /// How a cell's headline is chosen, as the legend states it.
  public static let rule = "A cell shows one result: the one the catalogue flags as headline, else the largest "
    + "randomised trial, else the most recent."

  /// Summarises `comparison`.
  public init(_ comparison: Comparison) {
    self.comparison = comparison
    sections = comparison.sections.map { section in
      let noun = section.title == "Efficacy" ? ("setting", "settings") : ("adverse event", "adverse events")
      let count = "\(section.rows.count) \(section.rows.count == 1 ? noun.0 : noun.1)"
      return Section(title: section.title, rows: section.rows.map { row in
        Row(label: row.label, cells: row.cells.map { Cell(headline: Self.headline(of: $0), count: $0.count) })
      }, count: count)
    }
  }

  /// The entry that heads a cell: flagged, else the largest randomised trial, else the most
  /// recent; ties go to the first in the cell's order.
  public static func headline(of entries: [Comparison.Entry]) -> Int? {
    guard !entries.isEmpty else { return nil }
    if let flagged = entries.firstIndex(where: \.isHeadline) { return flagged }
    let randomised = entries.indices.filter { entries[$0].isRandomised }
    if let largest = randomised.max(by: { (entries[$0].n ?? -1, -$0) < (entries[$1].n ?? -1, -$1) }) { return largest }
    return entries.indices.max { (entries[$0].year ?? Int.min, -$0) < (entries[$1].year ?? Int.min, -$1) }
  }
}
