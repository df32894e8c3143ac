/// `y`: the selected thing as plain text for the clipboard, as a reader would paste it into
/// notes: a source as a full reference with its PMID and DOI; a matrix cell, a drug, a compare
/// entry or a claim with the references it rests on. The front end writes it (OSC 52).
enum CopyFlow {
  static func copy(_ state: inout BrowserState) {
    guard let (text, what) = selection(state), !text.isEmpty else {
      state.message = "Nothing selected to copy here"
      return
    }
    state.effect = .copy(text: TextSafety.sanitizedDocument(text), what: what)
  }

  /// The text and a few words naming it ("the source Ito 2010"), or nil.
  static func selection(_ state: BrowserState) -> (String, String)? {
    let catalog = state.catalog
    if let reader = state.reader {
      let document = state.readerDocument()
      guard let item = reader.page.selection, document.items.indices.contains(item) else { return nil }
      switch document.items[item] {
      case .detail(.citation(let id)): return source(catalog, id)
      case .claim(let index):
        let claim = catalog.claims[index]
        return (withSources(catalog, "\(claim.text) (\(claim.status.rawValue) since \(claim.since)) \(claim.verdict)", claim.cite),
                "the claim \"\(claim.id)\"")
      case .event(let index):
        let event = catalog.events[index]
        return (withSources(catalog, "\(event.date.text) \(event.kind.rawValue): \(event.text)", event.cite), "the event \(event.date.text)")
      case let subject:
        let lines = ReaderPage.build(catalog, subject, width: 80).plainLines
        return (lines.joined(separator: "\n"), "the item")
      }
    }
    if let screen = state.compare {
      let layout = screen.row == nil ? nil : state.compareLayout(screen)
      let summary = state.compareSummaryLayout(screen)
      let ref = screen.row == nil ? screen.summarySelection : screen.selection
      let comparison = layout?.comparison ?? summary.summary.comparison
      guard comparison.sections.indices.contains(ref.section), comparison.sections[ref.section].rows.indices.contains(ref.row)
      else { return nil }
      let row = comparison.sections[ref.section].rows[ref.row]
      guard row.cells.indices.contains(ref.column) else { return nil }
      let entries = row.cells[ref.column]
      let index = screen.row == nil ? CompareSummary.headline(of: entries) : ref.entry
      guard let index, entries.indices.contains(index) else { return nil }
      let entry = entries[index]
      let drug = catalog.drugs[comparison.drugIndexes[ref.column]].name
      return (withSources(catalog, "\(drug), \(row.label): \(entry.headline). \(entry.body)", entry.cite), "\(drug) · \(row.label)")
    }
    switch state.focus {
    case .drugs:
      guard catalog.drugs.indices.contains(state.drugIndex) else { return nil }
      let drug = catalog.drugs[state.drugIndex]
      let lines = DetailDocument.build(catalog, subject: .drug(state.drugIndex), width: 80).lines.map(\.text)
      return (lines.joined(separator: "\n"), drug.name)
    case .matrix:
      guard catalog.drugs.indices.contains(state.drugIndex), catalog.mechanisms.indices.contains(state.mechanismIndex) else { return nil }
      let subject = DetailSubject.cell(drug: state.drugIndex, mechanism: state.mechanismIndex)
      let lines = DetailDocument.build(catalog, subject: subject, width: 80).lines.map(\.text)
      return (lines.joined(separator: "\n"), "\(catalog.drugs[state.drugIndex].name) × \(catalog.mechanisms[state.mechanismIndex].name)")
    case .detail:
      let document = state.detailDocument(width: 80)
      if let index = state.referenceIndex, document.sourceIDs.indices.contains(index) { return source(catalog, document.sourceIDs[index]) }
      if case .citation(let id) = state.detail { return source(catalog, id) }
      return (document.lines.map(\.text).joined(separator: "\n"), "the Citation pane")
    }
  }

  /// A source as one reference line (authors, title, journal, year, PMID, DOI).
  private static func source(_ catalog: Catalog, _ id: String) -> (String, String)? {
    guard let citation = catalog.citation(id: id) else { return nil }
    let who = citation.authors.first.map { String($0.split(separator: " ").first ?? Substring($0)) } ?? citation.journal ?? id
    return (CitationFormatter.reference(citation), "the source \(who) \(citation.year)")
  }

  /// `text`, then its sources as numbered references.
  private static func withSources(_ catalog: Catalog, _ text: String, _ cite: [String]) -> String {
    let references = cite.enumerated().compactMap { index, id in
      catalog.citation(id: id).map { "[\(index + 1)] " + CitationFormatter.reference($0) }
    }
    return ([TextSafety.sanitized(text)] + references).joined(separator: "\n")
  }
}
