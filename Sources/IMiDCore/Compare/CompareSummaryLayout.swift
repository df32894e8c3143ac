/// The compare summary laid out for a width: a label column, then one column per drug; one
/// line per row, each cell a headline figure with its N, year, source key and `+n` when the row
/// holds more. Segments know their cell (`CompareLayout.EntryRef`, entry = the headline), so
/// the browser highlights and opens cells without reading text back.
public struct CompareSummaryLayout: Sendable {
  /// The lines.
  public private(set) var lines: [[CompareLayout.Segment]] = []
  /// Every cell in reading order (row by row, drug by drug), entry 0.
  public private(set) var cells: [CompareLayout.EntryRef] = []
  /// The summary laid out.
  public let summary: CompareSummary

  /// The legend under the table.
  public static let legend = "— not reported · +n: more results in the row (Enter on the row, or the "
    + "details below, show them all) · ★ leads a row the catalogue declares comparable; nothing else is ranked."

  /// Lays out `summary` for `width` cells, numbering sources in `references`.
  public init(_ catalog: Catalog, _ summary: CompareSummary, width: Int, references: inout ReferenceList) {
    self.summary = summary
    let width = max(1, width)
    let comparison = summary.comparison
    let columns = max(1, comparison.drugIndexes.count)
    let gap = CompareLayout.gap, gapWidth = TextWidth.cells(of: CompareLayout.gap)
    let labels = summary.sections.flatMap { $0.rows.map { TextWidth.cells(of: $0.label) } }
    // The label column takes a share that leaves each drug a wider column: a quarter of 80
    // columns with two drugs, a fifth of 120 with three; at most 30 cells.
    let labelWidth = min(labels.max() ?? 8, max(12, width / (columns + 2)), 30)
    let cellWidth = max(1, (width - labelWidth - gapWidth * columns) / columns)
    let xs = (0..<columns).map { labelWidth + gapWidth + $0 * (cellWidth + gapWidth) }
    let drugs = comparison.drugIndexes.map { catalog.drugs[$0] }

    func row(label: String, labelStyle: CellStyle, _ cells: [(String, CellStyle, CompareLayout.EntryRef?)]) {
      var line = [CompareLayout.Segment(x: 0, text: TextWidth.truncate(label, to: labelWidth), style: labelStyle, entry: nil)]
      for (c, cell) in cells.enumerated() where c < xs.count {
        line.append(CompareLayout.Segment(x: xs[c] - gapWidth, text: gap, style: .border, entry: nil))
        line.append(CompareLayout.Segment(x: xs[c], text: TextWidth.truncate(cell.0, to: cellWidth), style: cell.1, entry: cell.2))
      }
      add(line)
    }
    row(label: "", labelStyle: .normal, drugs.map { ($0.name, .header, nil) })
    row(label: "", labelStyle: .normal, drugs.map { drug in
      (([drug.generation] + [drug.codes.first]).compactMap { $0 }.joined(separator: " · "), .dim, nil)
    })
    for (s, section) in summary.sections.enumerated() {
      add([])
      for line in TextLines.heading("\(section.title) · \(section.count)", width: width) {
        add([CompareLayout.Segment(x: 0, text: line, style: .header, entry: nil)])
      }
      if section.rows.isEmpty {
        add([CompareLayout.Segment(x: 0, text: TextWidth.truncate("Nothing reported for these drugs.", to: width), style: .dim, entry: nil)])
      }
      let rule = comparison.sections[s].rows.map(\.rule)
      for (r, summaryRow) in section.rows.enumerated() {
        let entries = comparison.sections[s].rows[r].cells
        var cells: [(String, CellStyle, CompareLayout.EntryRef?)] = []
        for (c, cell) in summaryRow.cells.enumerated() {
          let ref = CompareLayout.EntryRef(section: s, row: r, column: c, entry: cell.headline ?? 0)
          self.cells.append(ref)
          guard let index = cell.headline, entries[c].indices.contains(index) else {
            cells.append(("—", .dim, ref))
            continue
          }
          let entry = entries[c][index]
          let text = Self.cellText(entry, count: cell.count, rule: rule[r], width: cellWidth, catalog: catalog, references: &references)
          cells.append((text, entry.isLeader ? .strong : entry.isLater ? .later : .normal, ref))
        }
        row(label: (rule[r] != nil ? "★ " : "") + summaryRow.label, labelStyle: .key, cells)
      }
    }
    add([])
    for text in [CompareSummaryLayout.legend, CompareSummary.rule] + (YearLabel.legend(catalog).map { [$0] } ?? []) {
      for line in TextLines.paragraph(text, width: width) { add([CompareLayout.Segment(x: 0, text: line, style: .dim, entry: nil)]) }
    }
  }

  /// One cell: `★ ▇▇▇▎ ORR 60.6% vs 21.9% · N=704 · 2007† [5] +3`, the figure shortened first so
  /// that the N, year, source key and count always show; a bar (block characters, 0–100%) only
  /// in a row the catalogue declares comparable, for a percentage of the measure it ranks.
  static func cellText(
    _ entry: Comparison.Entry, count: Int, rule: ComparableRule?, width: Int, catalog: Catalog, references: inout ReferenceList
  ) -> String {
    var head = entry.isLeader ? "★ " : ""
    if let rule, let measure = entry.measure, measure.name == rule.measure, measure.unit == "%" {
      head += bar(measure.value) + " "
    }
    var tail = ""
    if let year = entry.year { tail += " · " + YearLabel.text(year, in: catalog) }
    let key = references.key(for: entry.cite)
    if !key.isEmpty { tail += " " + key }
    if count > 1 { tail += " +\(count - 1)" }
    let figure = TextSafety.sanitized(entry.figure)
    // N when the figure keeps room to be read (or is whole anyway), else the figure comes first.
    let withN = entry.n.map { " · N=\($0)" + tail } ?? tail
    for candidate in [withN, tail] {
      let room = width - TextWidth.cells(of: head) - TextWidth.cells(of: candidate)
      if room >= min(18, TextWidth.cells(of: figure)) || candidate == tail {
        // Too narrow for any of the figure: the year, key and count still show.
        guard room >= 4 else { return head + String(candidate.drop { $0 == " " || $0 == "·" }) }
        return head + TextWidth.truncate(figure, to: room) + candidate
      }
    }
    return head + figure + tail
  }

  /// A bar of four cells for `percent` (0–100), in eighths: `███▌`.
  public static func bar(_ percent: Double) -> String {
    let eighths = Int((max(0, min(100, percent)) / 100 * 32).rounded())
    let blocks: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    return String((0..<4).map { blocks[max(0, min(8, eighths - $0 * 8))] })
  }

  /// Every segment passes here, so no unsafe character from a catalogue reaches a line.
  private mutating func add(_ segments: [CompareLayout.Segment]) {
    lines.append(segments.map { var segment = $0; segment.text = TextSafety.sanitized(segment.text); return segment })
  }

  /// The lines as plain text, without trailing spaces.
  public var text: [String] { CompareLayout.plainText(lines) }

  /// The lines a cell occupies (its row's line).
  public func line(of cell: CompareLayout.EntryRef) -> Int? {
    lines.firstIndex { $0.contains { $0.entry.map { ($0.section, $0.row, $0.column) == (cell.section, cell.row, cell.column) } ?? false } }
  }
}
