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
    /// The result's figure in a few words, for the summary table: an outcome's first clause
    /// (`ORR 60.6% vs 21.9%`) or a rate (`16.5% vs 1.2%`).
    public var figure = ""
    /// Patients in the analysis.
    public var n: Int?
    /// Whether the study was randomised (its design says so).
    public var isRandomised = false
    /// Whether the catalogue flags it as its row's headline.
    public var isHeadline = false

    /// Creates an entry with its core fields (the summary's fields start empty).
    public init(headline: String, body: String, year: Int?, isLater: Bool, cite: [String], measure: Measure?) {
      self.headline = headline
      self.body = body
      self.year = year
      self.isLater = isLater
      self.cite = cite
      self.measure = measure
    }
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
        var entry = Entry(
          headline: headline.joined(separator: " · "), body: result.outcome, year: result.year,
          isLater: catalog.isLater(result.year), cite: result.cite, measure: result.measure)
        entry.figure = String(result.outcome.split(separator: ";", maxSplits: 1).first ?? Substring(result.outcome))
        entry.n = result.n
        entry.isRandomised = result.design.map(Self.saysRandomised) ?? false
        entry.isHeadline = result.headline
        efficacy.add(entry, label: result.setting ?? result.outcome, column: column)
      }
      for result in DrugDetailView.chronological(catalog.safety(drugIndex: d), group: \.category, year: \.year) {
        let label = result.category ?? result.event
        var headline = [result.rate, result.severity].compactMap { $0 }.joined(separator: ", ")
        if result.boxed { headline = headline.isEmpty ? "Boxed warning" : "Boxed warning · " + headline }
        var body: [String] = []
        if result.event != label || headline.isEmpty { body.append(result.event) }
        if let context = result.context { body.append(context) }
        body.append([result.study, YearLabel.text(result.year, in: catalog)].compactMap { $0 }.joined(separator: " "))
        var entry = Entry(
          headline: headline.isEmpty ? result.event : headline, body: body.joined(separator: "; "),
          year: result.year, isLater: catalog.isLater(result.year), cite: result.cite, measure: result.measure)
        entry.figure = result.rate.map { String($0.split(separator: ";", maxSplits: 1).first ?? Substring($0)) }
          ?? (result.boxed ? "Boxed warning" : result.event)
        entry.isHeadline = result.headline
        safety.add(entry, label: label, column: column)
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

  /// Whether a design says the study was randomised (`randomised`, `randomized`, any case).
  static func saysRandomised(_ design: String) -> Bool {
    let lower = design.lowercased()
    return lower.contains("randomised") || lower.contains("randomized")
  }

  /// The same drugs with one row only (its section keeps its title and era note): the details
  /// the compare summary opens for a row.
  public func keeping(section: Int, row: Int) -> Comparison {
    var copy = self
    for index in copy.sections.indices {
      copy.sections[index].rows = index == section && sections[index].rows.indices.contains(row) ? [sections[index].rows[row]] : []
      copy.sections[index].eraNote = ""
    }
    copy.sections = copy.sections.filter { !$0.rows.isEmpty }
    return copy
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
