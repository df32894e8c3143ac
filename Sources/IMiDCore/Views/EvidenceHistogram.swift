/// How much of the catalogue's evidence (efficacy and safety results, and sources) was
/// produced each year, drawn as a bar chart of block characters a few rows high: when the
/// evidence came, at a glance, with the review's year marked on the axis.
public struct EvidenceHistogram: Sendable, Equatable {
  /// The first and last year counted.
  public let years: ClosedRange<Int>
  /// Items per year, from `years.lowerBound`.
  public let counts: [Int]

  /// Counts the dated results and sources of `catalog` (nil when none has a year); the years
  /// start at `from` when that is earlier (the timeline's first event), so chart and list agree.
  public init?(_ catalog: Catalog, from: Int? = nil) {
    var byYear: [Int: Int] = [:]
    for result in catalog.efficacy { if let year = result.year { byYear[year, default: 0] += 1 } }
    for result in catalog.safety { if let year = result.year { byYear[year, default: 0] += 1 } }
    for citation in catalog.citations { byYear[citation.year, default: 0] += 1 }
    guard let counted = byYear.keys.min(), let last = byYear.keys.max() else { return nil }
    let first = min(counted, from ?? counted)
    years = first...last
    counts = years.map { byYear[$0] ?? 0 }
  }

  /// Everything counted.
  public var total: Int { counts.reduce(0, +) }

  /// The chart's lines for `width` cells and `rows` rows of bars: a caption, the bars (a
  /// column per year, or per few years when they do not fit) and the axis with the first and
  /// last years and `mark` (the review's year) under its column.
  public func lines(width: Int, rows: Int = 3, mark: Int? = nil) -> [String] {
    let width = max(1, width)
    let span = years.count
    let perColumn = max(1, (span + width - 1) / width)
    let columns = (span + perColumn - 1) / perColumn
    let binned = (0..<columns).map { column in
      counts[(column * perColumn)..<min(span, (column + 1) * perColumn)].reduce(0, +)
    }
    let peak = max(1, binned.max() ?? 1)
    let peakYear = years.lowerBound + (binned.firstIndex(of: peak) ?? 0) * perColumn
    let blocks: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    var lines = TextLines.paragraph(
      "Evidence per year: \(total) results and sources" + (perColumn > 1 ? " (\(perColumn) years a column)" : "")
        + "; tallest bar \(peak) (\(peakYear))",
      width: width)
    for row in 0..<rows {
      let floor = (rows - 1 - row) * 8
      let bar = binned.map { count -> Character in
        let eighths = count == 0 ? 0 : max(1, (count * rows * 8 + peak - 1) / peak)
        return blocks[min(8, max(0, eighths - floor))]
      }
      lines.append(TextLines.trimTrailingSpaces(String(bar)))
    }
    var axis = Array(repeating: Character(" "), count: columns)
    func put(_ text: String, at x: Int) {
      for (offset, character) in text.enumerated() where x + offset >= 0 && x + offset < axis.count { axis[x + offset] = character }
    }
    put(String(years.lowerBound), at: 0)
    let lastLabel = String(years.upperBound)
    put(lastLabel, at: columns - lastLabel.count)
    if let mark, years.contains(mark) {
      let x = (mark - years.lowerBound) / perColumn
      let label = "▲\(mark) review"
      // Beside the mark, on whichever side has room, never over the first or last year.
      if x + label.count <= columns - lastLabel.count - 1, x >= 5 {
        put(label, at: x)
      } else if x - label.count + 1 >= 5 {
        put("review \(mark)▲", at: x - label.count + 1)
      } else {
        put("▲", at: x)
      }
    }
    lines.append(TextLines.trimTrailingSpaces(String(axis)))
    return lines
  }
}
