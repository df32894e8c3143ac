/// One source in full: reference, identifiers, summary, and every fact in the catalogue that cites it.
public enum CitationView {
  /// A fact that cites a source, described in one line.
  public static func citingFacts(_ catalog: Catalog, citationID: String) -> [String] {
    var facts: [String] = []
    for entry in catalog.citers(ofCitation: citationID) {
      switch entry {
      case .drug(let index):
        let drug = catalog.drugs[index]
        if drug.cite.contains(citationID) { facts.append("\(drug.name): identity and summary") }
        if let marketing = drug.firstMarketed, marketing.cite.contains(citationID) {
          facts.append("\(drug.name): first marketed \(marketing.when) \(marketing.region ?? "")".trimmingTrailingSpaces())
        }
        for approval in drug.approvals where approval.cite.contains(citationID) {
          facts.append("\(drug.name): approval \(approval.when) \(approval.region ?? "")".trimmingTrailingSpaces())
        }
      case .mechanism(let index):
        facts.append("Mechanism: \(catalog.mechanisms[index].name)")
      case .effect(let index):
        let effect = catalog.effects[index]
        let drug = catalog.drug(id: effect.drug)?.name ?? effect.drug
        let mechanism = catalog.mechanism(id: effect.mechanism)?.name ?? effect.mechanism
        facts.append("Matrix: \(drug) × \(mechanism) (\(effect.grade.symbol) \(effect.grade.word))")
      case .efficacy(let index):
        let result = catalog.efficacy[index]
        let drug = catalog.drug(id: result.drug)?.name ?? result.drug
        facts.append("Efficacy: \(drug), \(result.study ?? result.outcome)")
      case .safety(let index):
        let result = catalog.safety[index]
        let drug = catalog.drug(id: result.drug)?.name ?? result.drug
        facts.append("Safety: \(drug), \(result.event)")
      }
    }
    // The review's small tables are not indexed: a scan of each costs nothing.
    for event in catalog.events where event.cite.contains(citationID) {
      facts.append("Timeline: \(event.date.text) \(event.kind.rawValue): \(event.text)")
    }
    for claim in catalog.claims where claim.cite.contains(citationID) {
      facts.append("Review claim (\(claim.status.rawValue)): \(claim.text)")
    }
    return facts
  }

  /// One part of the view, wrapped, with what it is: the Citation pane styles the parts by
  /// their role, never by reading the text back.
  public struct Section: Sendable, Equatable {
    /// What a part is.
    public enum Role: Sendable, Equatable {
      /// The title and its rule.
      case title
      /// PMID, PMCID and DOI.
      case identifiers
      /// Authors, where published, tags, the summary, the facts that cite it, blank lines.
      case body
    }

    /// The part's role.
    public var role: Role
    /// Its lines, fitting the width.
    public var lines: [String]
  }

  /// The view's parts in order, fitting `width` cells.
  public static func sections(_ catalog: Catalog, citation: Citation, width: Int) -> [Section] {
    let width = max(1, width)
    var sections = [Section(role: .title, lines: TextLines.heading(citation.title, width: width))]
    func body(_ lines: [String]) { sections.append(Section(role: .body, lines: lines)) }
    if let authors = CitationFormatter.authors(citation) { body(TextLines.paragraph(authors, width: width)) }
    body(TextLines.paragraph(CitationFormatter.source(citation), width: width))
    if let ids = CitationFormatter.identifiers(citation) {
      sections.append(Section(role: .identifiers, lines: TextLines.paragraph(ids, width: width)))
    }
    var tags = ["id " + citation.id]
    if let kind = citation.kind { tags.append(kind) }
    if catalog.horizon != nil { tags.append(catalog.isLater(citation.year) ? "after the review" : "known to the review") }
    body(TextLines.paragraph(tags.joined(separator: " · "), width: width))
    if let summary = citation.summary { body([""] + TextLines.paragraph(summary, width: width)) }
    let facts = citingFacts(catalog, citationID: citation.id)
    if !facts.isEmpty {
      body([""] + TextLines.heading("Cited for", width: width))
      for fact in facts { body(TextLines.hanging(fact, width: width, first: "•", rest: 2)) }
    }
    return sections
  }

  /// The view's lines, fitting `width` cells.
  public static func lines(_ catalog: Catalog, citation: Citation, width: Int) -> [String] {
    sections(catalog, citation: citation, width: width).flatMap(\.lines)
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String { TextLines.trimTrailingSpaces(self) }
}
