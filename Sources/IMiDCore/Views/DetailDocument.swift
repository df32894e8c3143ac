/// The Citation pane's content for its subject, wrapped to the pane's width: styled lines, and
/// which lines belong to which listed source, so a source can be selected and opened.
public struct DetailDocument: Sendable {
  /// One line of the document.
  public struct Line: Sendable, Equatable {
    /// The text (already wrapped and safe).
    public var text: String
    /// Its style role.
    public var style: CellStyle
    /// The listed source this line belongs to, if any.
    public var source: Int?
  }

  /// The lines.
  public private(set) var lines: [Line] = []
  /// Citation ids of the listed sources, in order.
  public private(set) var sourceIDs: [String] = []

  /// The lines of listed source `index`.
  public func lineRange(ofSource index: Int) -> Range<Int> {
    guard let first = lines.firstIndex(where: { $0.source == index }) else { return 0..<0 }
    let last = lines.lastIndex(where: { $0.source == index }) ?? first
    return first..<(last + 1)
  }

  private mutating func add(_ texts: [String], _ style: CellStyle = .normal, source: Int? = nil) {
    lines += texts.map { Line(text: $0, style: style, source: source) }
  }

  private mutating func paragraph(_ text: String, _ style: CellStyle = .normal, width: Int) {
    add(TextLines.paragraph(text, width: width), style)
  }

  private mutating func sources(_ ids: [String], catalog: Catalog, width: Int) {
    var seen: Set<String> = []
    let unique = ids.filter { seen.insert($0).inserted }
    guard !unique.isEmpty else { return }
    add(TextLines.paragraph(unique.count == 1 ? "Source:" : "Sources (\(unique.count)):", width: width), .header)
    for id in unique {
      guard let citation = catalog.citation(id: id) else { continue }
      let index = sourceIDs.count
      sourceIDs.append(id)
      add(SourceBlock.lines(citation, number: index + 1, width: width), .normal, source: index)
    }
  }

  /// Builds the document for a subject at `width` cells.
  public static func build(_ catalog: Catalog, subject: DetailSubject, width: Int) -> DetailDocument {
    var document = DetailDocument()
    let width = max(1, width)
    switch subject {
    case .none:
      document.paragraph("The catalogue has no drugs.", .dim, width: width)

    case .drug(let index):
      guard catalog.drugs.indices.contains(index) else { break }
      let drug = catalog.drugs[index]
      var title = drug.name
      if !drug.codes.isEmpty { title += " (" + drug.codes.joined(by: ", ") + ")" }
      document.paragraph(title, .header, width: width)
      let tags = ([drug.generation].compactMap { $0 } + drug.brands).joined(by: " · ")
      if !tags.isEmpty { document.paragraph(tags, .dim, width: width) }
      if let summary = drug.summary {
        document.add([""])
        document.paragraph(summary, width: width)
      }
      if let marketing = drug.firstMarketed {
        document.add([""])
        document.add(TextLines.heading("First marketed", width: width), .header)
        document.add(TextLines.hanging(DrugDetailView.marketingText(marketing), width: width, first: marketing.when, rest: 11))
      }
      if !drug.approvals.isEmpty {
        document.add([""])
        document.add(TextLines.heading("Approvals", width: width), .header)
        for approval in drug.approvals {
          let what = [approval.region, approval.indication].compactMap { $0 }.joined(by: ": ")
          document.add(TextLines.hanging(what, width: width, first: approval.when, rest: 11))
        }
      }
      let (results, harms) = catalog.resultCounts(drugIndex: index)
      if results + harms > 0 {
        document.add([""])
        document.paragraph("\(results) efficacy and \(harms) safety results in the catalogue", .dim, width: width)
      }
      document.sources(drug.cite + (drug.firstMarketed?.cite ?? []) + drug.approvals.flatMap(\.cite), catalog: catalog, width: width)

    case .cell(let d, let m):
      guard catalog.drugs.indices.contains(d), catalog.mechanisms.indices.contains(m) else { break }
      let drug = catalog.drugs[d], mechanism = catalog.mechanisms[m]
      document.paragraph("\(drug.name) × \(mechanism.name)", .header, width: width)
      guard let effect = catalog.effect(drugIndex: d, mechanismIndex: m) else {
        document.paragraph(MatrixView.emptyCellSentence, .dim, width: width)
        break
      }
      document.paragraph(MatrixView.gradeLine(effect, in: catalog), catalog.isLater(effect.year) ? .later : .dim, width: width)
      if let note = effect.note { document.paragraph(note, width: width) }
      document.sources(effect.cite, catalog: catalog, width: width)

    case .citation(let id):
      guard let citation = catalog.citation(id: id) else {
        document.paragraph("Unknown source '\(id)'.", .warning, width: width)
        break
      }
      for section in CitationView.sections(catalog, citation: citation, width: width) {
        switch section.role {
        case .title: document.add(section.lines, .header)
        case .identifiers: document.add(section.lines, .key)
        case .body: document.add(section.lines)
        }
      }
    }
    return document
  }
}
