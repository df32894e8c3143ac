/// The compare view laid out for a width: lines of styled segments, each segment knowing which
/// entry it belongs to. The printed view (`text`) and the browser draw this same layout, so
/// what is exported is what is shown.
public struct CompareLayout: Sendable {
  /// Which entry a segment shows: section, row, drug column and entry within the cell.
  public struct EntryRef: Sendable, Hashable {
    public var section: Int, row: Int, column: Int, entry: Int

    /// Creates a reference.
    public init(section: Int, row: Int, column: Int, entry: Int) {
      self.section = section
      self.row = row
      self.column = column
      self.entry = entry
    }
  }

  /// A run of text at a column of a line.
  public struct Segment: Sendable, Equatable {
    public var x: Int
    public var text: String
    public var style: CellStyle
    public var entry: EntryRef?
  }

  /// The lines.
  public private(set) var lines: [[Segment]] = []
  /// Every entry in reading order (row by row, drug by drug).
  public private(set) var entries: [EntryRef] = []
  /// The sources, numbered in order of first use.
  public private(set) var references = ReferenceList()
  /// The comparison laid out.
  public let comparison: Comparison
  /// The width it was laid out for.
  public let width: Int

  /// The column separator.
  static let gap = " │ "

  /// Lays out `comparison` for `width` cells; sources are numbered on from `references` (the
  /// summary's, when the details follow it).
  public init(_ catalog: Catalog, _ comparison: Comparison, width: Int, references numbered: ReferenceList = ReferenceList()) {
    references = numbered
    self.comparison = comparison
    self.width = max(1, width)
    let columns = max(1, comparison.drugIndexes.count)
    let gapWidth = TextWidth.cells(of: Self.gap)
    let columnWidth = max(1, (self.width - gapWidth * (columns - 1)) / columns)
    let xs = (0..<columns).map { $0 * (columnWidth + gapWidth) }

    // Drug headers.
    let drugs = comparison.drugIndexes.map { catalog.drugs[$0] }
    addColumns(xs: xs, width: columnWidth, cells: drugs.map { [($0.name, CellStyle.header)] })
    addColumns(xs: xs, width: columnWidth, cells: drugs.map { drug in
      let tags = ([drug.generation] + [drug.codes.first]).compactMap { $0 }.joined(separator: " · ")
      return tags.isEmpty ? [] : [(tags, CellStyle.dim)]
    })

    for (s, section) in comparison.sections.enumerated() {
      add([])
      for line in TextLines.heading(section.title, width: self.width) { add([Segment(x: 0, text: line, style: .header)]) }
      if section.rows.isEmpty {
        for line in TextLines.paragraph("Nothing reported for these drugs.", width: self.width) {
          add([Segment(x: 0, text: line, style: .dim)])
        }
      }
      for (r, row) in section.rows.enumerated() {
        var label = "▸ " + row.label
        if let rule = row.rule {
          let key = references.key(for: rule.cite)
          label += " — comparable on \(rule.measure), \(rule.better == .higher ? "highest" : "lowest") leads ★ \(key)"
        }
        for line in TextLines.paragraph(label, width: self.width) { add([Segment(x: 0, text: line, style: .key)]) }
        // Each cell's lines, then zipped into rows of segments.
        var cellLines: [[Segment]] = []
        var height = 0
        for (c, entries) in row.cells.enumerated() {
          var lines: [Segment] = []
          if entries.isEmpty {
            // The empty cell stays selectable: its placeholder carries the cell's first reference.
            lines.append(Segment(
              x: xs[c], text: TextWidth.truncate("not reported", to: columnWidth), style: .dim,
              entry: EntryRef(section: s, row: r, column: c, entry: 0)))
          }
          for (e, entry) in entries.enumerated() {
            let ref = EntryRef(section: s, row: r, column: c, entry: e)
            self.entries.append(ref)
            if e > 0 { lines.append(Segment(x: xs[c], text: "", style: .normal, entry: nil)) }
            let headline = (entry.isLeader ? "★ " : "") + entry.headline
            let style: CellStyle = entry.isLeader ? .strong : (entry.isLater ? .later : .header)
            for text in TextWrap.lines(headline, width: columnWidth) {
              lines.append(Segment(x: xs[c], text: text, style: style, entry: ref))
            }
            let body = entry.body + " " + references.key(for: entry.cite)
            for text in TextWrap.lines(body, width: columnWidth) {
              lines.append(Segment(x: xs[c], text: text, style: .normal, entry: ref))
            }
          }
          height = max(height, lines.count)
          cellLines.append(lines)
        }
        for index in 0..<height {
          var line: [Segment] = []
          for (c, lines) in cellLines.enumerated() {
            if c > 0 { line.append(Segment(x: xs[c] - gapWidth, text: Self.gap, style: .border, entry: nil)) }
            if index < lines.count { line.append(lines[index]) }
          }
          add(line)
        }
        add([])
      }
      if !section.eraNote.isEmpty {
        for line in TextLines.paragraph(section.eraNote, width: self.width) { add([Segment(x: 0, text: line, style: .dim)]) }
      }
    }
    if !comparison.ranksAnything {
      add([])
      let caveat = "No row is declared comparable in this catalogue: these results come from different trials, "
        + "populations and regimens, so none is ranked above another."
      for line in TextLines.paragraph(caveat, width: self.width) { add([Segment(x: 0, text: line, style: .dim)]) }
    }
    let referenceLines = references.render(catalog, width: self.width)
    if !referenceLines.isEmpty {
      add([])
      for line in referenceLines { add([Segment(x: 0, text: line, style: .normal)]) }
    }
  }

  /// Every segment passes here, so no unsafe character from a catalogue reaches a line.
  private mutating func add(_ segments: [Segment]) {
    lines.append(segments.map { var segment = $0; segment.text = TextSafety.sanitized(segment.text); return segment })
  }

  private mutating func addColumns(xs: [Int], width: Int, cells: [[(String, CellStyle)]]) {
    var line: [Segment] = []
    for (c, cell) in cells.enumerated() {
      if c > 0 { line.append(Segment(x: xs[c] - TextWidth.cells(of: Self.gap), text: Self.gap, style: .border, entry: nil)) }
      for (text, style) in cell { line.append(Segment(x: xs[c], text: TextWidth.truncate(text, to: width), style: style, entry: nil)) }
    }
    add(line)
  }

  /// The lines as plain text, without trailing spaces.
  public var text: [String] { Self.plainText(lines) }

  /// Lines of positioned segments as plain text, without trailing spaces.
  static func plainText(_ lines: [[Segment]]) -> [String] {
    lines.map { segments in
      var line = ""
      var column = 0
      for segment in segments {
        if segment.x > column {
          line += String(repeating: " ", count: segment.x - column)
          column = segment.x
        }
        line += segment.text
        column += TextWidth.cells(of: segment.text)
      }
      return TextLines.trimTrailingSpaces(line)
    }
  }

  /// The lines an entry occupies.
  public func lineRange(of entry: EntryRef) -> Range<Int> {
    guard let first = lines.firstIndex(where: { $0.contains { $0.entry == entry } }) else { return 0..<0 }
    let last = lines.lastIndex(where: { $0.contains { $0.entry == entry } }) ?? first
    return first..<(last + 1)
  }

  /// The comparison entry for a reference.
  public func entry(_ ref: EntryRef) -> Comparison.Entry? {
    guard comparison.sections.indices.contains(ref.section) else { return nil }
    let rows = comparison.sections[ref.section].rows
    guard rows.indices.contains(ref.row), rows[ref.row].cells.indices.contains(ref.column),
      rows[ref.row].cells[ref.column].indices.contains(ref.entry)
    else { return nil }
    return rows[ref.row].cells[ref.column][ref.entry]
  }
}
