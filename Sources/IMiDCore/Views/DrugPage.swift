/// One drug in full, as a page: who it is (codes, brands, chemistry, summary), when it was first
/// sold and approved, its row of the mechanism matrix, then its efficacy results under their
/// settings and its safety results under their adverse-event categories, oldest first under
/// each heading, and the sources. The browser shows it when Enter is pressed on a drug (each
/// mechanism, result and source leads to its own page); `imid show` prints the same lines.
public enum DrugPage {
  /// Cells of the year column before a result: `2007† `.
  static let yearColumn = 7

  /// The page for the drug at `drugIndex`, `width` cells wide; `refs` numbers its sources.
  public static func build(_ catalog: Catalog, drugIndex: Int, width: Int, refs: inout ReferenceList) -> ReaderDocument {
    guard catalog.drugs.indices.contains(drugIndex) else { return ReaderDocument(title: "Drug") }
    let width = max(1, width)
    let drug = catalog.drugs[drugIndex]
    var document = ReaderDocument(title: drug.name + (drug.codes.isEmpty ? "" : " (" + drug.codes.joined(separator: ", ") + ")"))
    identity(drug, catalog: catalog, into: &document, width: width, refs: &refs)
    mechanisms(catalog, drugIndex: drugIndex, into: &document, width: width, refs: &refs)
    efficacy(catalog, drugIndex: drugIndex, into: &document, width: width, refs: &refs)
    safety(catalog, drugIndex: drugIndex, into: &document, width: width, refs: &refs)
    legends(catalog, into: &document, width: width)
    ReviewDocument.sources(refs.ids, catalog: catalog, into: &document, width: width)
    return document
  }

  /// Name, codes and class; brands and chemistry; the summary; first marketing and approvals.
  static func identity(_ drug: Drug, catalog: Catalog, into document: inout ReaderDocument, width: Int, refs: inout ReferenceList) {
    var title = drug.name
    if !drug.codes.isEmpty { title += " (" + drug.codes.joined(separator: ", ") + ")" }
    if let generation = drug.generation { title += " — " + generation }
    document.add(TextLines.heading(title, width: width), .header)
    var chemistry: [String] = []
    if let formula = drug.formula { chemistry.append(formula) }
    if let mass = drug.molarMass { chemistry.append(mass) }
    if let cas = drug.cas { chemistry.append("CAS " + cas) }
    if let atc = drug.atc { chemistry.append("ATC " + atc) }
    let key = refs.key(for: drug.cite)
    if !drug.brands.isEmpty { document.paragraph("Brands: " + drug.brands.joined(separator: ", "), width: width) }
    if !chemistry.isEmpty { document.paragraph(chemistry.joined(separator: " · "), .dim, width: width) }
    if let summary = drug.summary {
      document.blank()
      document.paragraph(summary + (key.isEmpty ? "" : " " + key), width: width)
    } else if !key.isEmpty {
      document.paragraph("Sources: " + key, .dim, width: width)
    }
    if let marketing = drug.firstMarketed {
      section("First marketed", into: &document, width: width)
      let key = refs.key(for: marketing.cite)
      document.add(TextLines.hanging(DrugDetailView.marketingText(marketing) + (key.isEmpty ? "" : " " + key),
                                     width: width, first: marketing.when, rest: 12))
    }
    if !drug.approvals.isEmpty {
      section("Approvals", into: &document, width: width)
      for approval in drug.approvals {
        let what = [approval.region, approval.indication].compactMap { $0 }.joined(separator: ": ")
        let key = refs.key(for: approval.cite)
        document.add(TextLines.hanging(what + (key.isEmpty ? "" : " " + key), width: width, first: approval.when, rest: 12))
      }
    }
  }

  /// The drug's row of the matrix: one line per mechanism, grade (with `†` and its level letter)
  /// then the mechanism, the grade in words, the level, the year and the sources, each line
  /// leading to the cell's evidence.
  static func mechanisms(_ catalog: Catalog, drugIndex: Int, into document: inout ReaderDocument, width: Int, refs: inout ReferenceList) {
    guard !catalog.mechanisms.isEmpty else { return }
    section("Mechanisms", into: &document, width: width)
    for m in catalog.mechanisms.indices {
      let cell = MatrixView.cell(catalog, drugIndex: drugIndex, mechanismIndex: m)
      let effect = catalog.effect(drugIndex: drugIndex, mechanismIndex: m)
      var text = catalog.mechanisms[m].name
      if let effect {
        text += " — " + effect.grade.word + (effect.level.map { ", " + $0.rawValue } ?? "")
        if let year = effect.year { text += ", " + YearLabel.text(year, in: catalog) }
        let key = refs.key(for: effect.cite)
        if !key.isEmpty { text += " " + key }
      } else {
        text += " — " + Grade.noEvidence
      }
      let style: CellStyle = effect == nil ? .dim : (cell.isLater ? .later : .normal)
      document.add(TextLines.hanging(text, width: width, first: cell.symbol, rest: yearColumn), style,
                   link: .detail(.cell(drug: drugIndex, mechanism: m)))
    }
  }

  /// Efficacy results under their settings (in order of first appearance), oldest first.
  static func efficacy(_ catalog: Catalog, drugIndex: Int, into document: inout ReaderDocument, width: Int, refs: inout ReferenceList) {
    let positions = DrugDetailView.chronological(catalog.efficacyIndices(drugIndex: drugIndex), group: { catalog.efficacy[$0].setting }, year: { catalog.efficacy[$0].year })
    grouped("Efficacy", positions, group: { catalog.efficacy[$0].setting }, other: "Other settings", into: &document, width: width) { position in
      let result = catalog.efficacy[position]
      var head = result.study ?? "Study"
      if let design = result.design { head += " — " + design }
      if let n = result.n { head += " (N=\(n))" }
      var lines = TextLines.hanging(head, width: width, first: YearLabel.text(result.year, in: catalog), rest: yearColumn)
      if let regimen = result.regimen { lines += TextLines.paragraph(regimen, width: width, indent: yearColumn) }
      lines += TextLines.paragraph(result.outcome + " " + refs.key(for: result.cite), width: width, indent: yearColumn)
      return (lines, catalog.isLater(result.year) ? .later : .normal, .efficacy(position))
    }
  }

  /// Safety results under their categories (in order of first appearance), oldest first.
  static func safety(_ catalog: Catalog, drugIndex: Int, into document: inout ReaderDocument, width: Int, refs: inout ReferenceList) {
    let positions = DrugDetailView.chronological(catalog.safetyIndices(drugIndex: drugIndex), group: { catalog.safety[$0].category }, year: { catalog.safety[$0].year })
    grouped("Safety", positions, group: { catalog.safety[$0].category }, other: "Other adverse events", into: &document, width: width) { position in
      let result = catalog.safety[position]
      var head = result.event
      if result.boxed { head += " [boxed warning]" }
      var lines = TextLines.hanging(head, width: width, first: YearLabel.text(result.year, in: catalog), rest: yearColumn)
      let rate = [result.rate, result.severity].compactMap { $0 }.joined(separator: ", ")
      let context = [rate.isEmpty ? nil : rate, result.study, result.context].compactMap { $0 }.joined(separator: " · ")
      let key = refs.key(for: result.cite)
      lines += TextLines.paragraph((context.isEmpty ? "" : context + " ") + key, width: width, indent: yearColumn)
      return (lines, result.boxed ? .warning : (catalog.isLater(result.year) ? .later : .normal), .safety(position))
    }
  }

  /// A section of results (`Efficacy (12 results)`) whose `positions`, already in order, run
  /// under a heading per group with its count (`other` names results without a group); `item`
  /// lays one result out as the lines, style and link of one item.
  static func grouped(
    _ title: String, _ positions: [Int], group: (Int) -> String?, other: String, into document: inout ReaderDocument, width: Int,
    item: (Int) -> (lines: [String], style: CellStyle, link: ReaderSubject)
  ) {
    guard !positions.isEmpty else { return }
    section("\(title) (\(count(positions.count, "result")))", into: &document, width: width)
    var current: String??
    for position in positions {
      let name = group(position)
      if current != .some(name) {
        current = .some(name)
        subheading(name ?? other, count: positions.count { group($0) == name }, into: &document, width: width)
      }
      let (lines, style, link) = item(position)
      document.add(lines, style, link: link)
    }
  }

  /// What the grades, the letters and `†` mean, for the lines above.
  static func legends(_ catalog: Catalog, into document: inout ReaderDocument, width: Int) {
    document.blank()
    document.paragraph("Grades: " + MatrixView.gradeLegend, .dim, width: width)
    if catalog.anyEvidenceLevel { document.paragraph(MatrixView.levelLegend, .dim, width: width) }
    if let later = YearLabel.legend(catalog) { document.paragraph(later, .dim, width: width) }
  }

  /// A section heading with a blank line before it.
  static func section(_ title: String, into document: inout ReaderDocument, width: Int) {
    document.blank()
    document.add(TextLines.heading(title, width: width), .header)
  }

  /// A setting's or category's heading: `Relapsed myeloma (3)`.
  static func subheading(_ title: String, count: Int, into document: inout ReaderDocument, width: Int) {
    document.blank()
    document.paragraph(title + " (\(count))", .paneTitle, width: width)
  }

  /// `1 result`, `12 results`.
  static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
