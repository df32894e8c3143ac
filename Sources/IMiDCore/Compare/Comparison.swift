/// Two or three drugs side by side: efficacy rows lined up by setting, safety rows by adverse-
/// event category, one cell per drug. A leader is marked only in rows the catalogue declares
/// comparable (`ComparableRule`); results from different trials are never ranked on their own.
public struct Comparison: Sendable {
  /// One result in a cell.
  public struct Entry: Sendable, Equatable {
    /// First line: study, year and N (efficacy) or rate and grade (safety).
    public var headline: String
    /// The finding or its context.
    public var body: String
    /// Year published.
    public var year: Int?
    /// Whether it came after the review's horizon.
    public var isLater: Bool
    /// Sources.
    public var cite: [String]
    /// The number it reports, if any.
    public var measure: Measure?
    /// Whether it holds the best value of a comparable row.
    public var isLeader = false
  }

  /// One row: a setting or category, and each drug's entries (empty = not reported).
  public struct Row: Sendable {
    /// The setting or category.
    public var label: String
    /// Entries per compared drug, in the drugs' order.
    public var cells: [[Entry]]
    /// The rule that makes this row comparable, if the catalogue declares one.
    public var rule: ComparableRule?
  }

  /// Efficacy or Safety.
  public struct Section: Sendable {
    /// "Efficacy" or "Safety".
    public var title: String
    /// The rows.
    public var rows: [Row]
    /// What the review could know and what came later, in one line (empty without a horizon).
    public var eraNote: String
  }

  /// The compared drugs' indexes.
  public var drugIndexes: [Int]
  /// Efficacy, then Safety.
  public var sections: [Section]

  /// Whether any row has a leader.
  public var ranksAnything: Bool { sections.contains { $0.rows.contains { $0.rule != nil } } }

  /// Builds the comparison of `drugs` (indexes into the catalogue, in display order).
  public static func build(_ catalog: Catalog, drugs: [Int]) -> Comparison {
    let drugs = drugs.filter { catalog.drugs.indices.contains($0) }
    var efficacy = Grouper(count: drugs.count)
    var safety = Grouper(count: drugs.count)
    for (column, d) in drugs.enumerated() {
      for result in DrugDetailView.chronological(catalog.efficacy(drugIndex: d), group: \.setting, year: \.year) {
        var headline = [result.study, YearLabel.text(result.year, in: catalog)].compactMap { $0 }
        if let n = result.n { headline.append("N=\(n)") }
        efficacy.add(
          Entry(
            headline: headline.joined(separator: " · "), body: result.outcome, year: result.year,
            isLater: catalog.isLater(result.year), cite: result.cite, measure: result.measure),
          label: result.setting ?? result.outcome, column: column)
      }
      for result in DrugDetailView.chronological(catalog.safety(drugIndex: d), group: \.category, year: \.year) {
        let label = result.category ?? result.event
        var headline = [result.rate, result.severity].compactMap { $0 }.joined(separator: ", ")
        if result.boxed { headline = headline.isEmpty ? "Boxed warning" : "Boxed warning · " + headline }
        var body: [String] = []
        if result.event != label || headline.isEmpty { body.append(result.event) }
        if let context = result.context { body.append(context) }
        body.append([result.study, YearLabel.text(result.year, in: catalog)].compactMap { $0 }.joined(separator: " "))
        safety.add(
          Entry(
            headline: headline.isEmpty ? result.event : headline, body: body.joined(separator: "; "),
            year: result.year, isLater: catalog.isLater(result.year), cite: result.cite, measure: result.measure),
          label: label, column: column)
      }
    }
    var sections = [
      Section(title: "Efficacy", rows: efficacy.rows, eraNote: eraNote(catalog, efficacy.rows)),
      Section(title: "Safety", rows: safety.rows, eraNote: eraNote(catalog, safety.rows)),
    ]
    for (index, kind) in [(0, ComparableRule.Section.efficacy), (1, .safety)] {
      for row in sections[index].rows.indices {
        let label = sections[index].rows[row].label
        guard let rule = catalog.comparable.first(where: { $0.section == kind && $0.group == label }) else { continue }
        markLeaders(&sections[index].rows[row], rule: rule)
      }
    }
    return Comparison(drugIndexes: drugs, sections: sections)
  }

  private static func markLeaders(_ row: inout Row, rule: ComparableRule) {
    let values = row.cells.flatMap { $0.compactMap { $0.measure?.name == rule.measure ? $0.measure?.value : nil } }
    let columnsWithValues = row.cells.filter { $0.contains { $0.measure?.name == rule.measure } }.count
    guard columnsWithValues >= 2, let best = rule.better == .higher ? values.max() : values.min() else { return }
    row.rule = rule
    for column in row.cells.indices {
      for entry in row.cells[column].indices where row.cells[column][entry].measure?.name == rule.measure
        && row.cells[column][entry].measure?.value == best
      {
        row.cells[column][entry].isLeader = true
      }
    }
  }

  private static func eraNote(_ catalog: Catalog, _ rows: [Row]) -> String {
    guard let horizon = catalog.horizon else { return "" }
    let entries = rows.flatMap { $0.cells.flatMap { $0 } }
    guard !entries.isEmpty else { return "" }
    let later = entries.filter(\.isLater).count
    let known = entries.count - later
    let total = entries.count == 1 ? "this result" : "these \(entries.count) results"
    switch later {
    case 0: return "All of \(total) were published by \(horizon): the review could know them."
    case entries.count: return "None of \(total) was known to the \(horizon) review: all are marked † as later."
    default:
      return "The \(horizon) review could know \(known) of \(total); the \(later) marked † "
        + (later == 1 ? "was" : "were") + " published later."
    }
  }
}

/// Collects entries into rows keyed by label, in order of first appearance.
private struct Grouper {
  let count: Int
  private(set) var rows: [Comparison.Row] = []
  private var indexByLabel: [String: Int] = [:]

  init(count: Int) { self.count = count }

  mutating func add(_ entry: Comparison.Entry, label: String, column: Int) {
    let index: Int
    if let existing = indexByLabel[label] {
      index = existing
    } else {
      index = rows.count
      indexByLabel[label] = index
      rows.append(Comparison.Row(label: label, cells: Array(repeating: [], count: count), rule: nil))
    }
    rows[index].cells[column].append(entry)
  }
}
