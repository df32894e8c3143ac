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
    return facts
  }

  /// The view's lines, fitting `width` cells.
  public static func lines(_ catalog: Catalog, citation: Citation, width: Int) -> [String] {
    let width = max(1, width)
    var lines = TextLines.heading(citation.title, width: width)
    if let authors = CitationFormatter.authors(citation) { lines += TextLines.paragraph(authors, width: width) }
    lines += TextLines.paragraph(CitationFormatter.source(citation), width: width)
    if let ids = CitationFormatter.identifiers(citation) { lines += TextLines.paragraph(ids, width: width) }
    var tags = ["id " + citation.id]
    if let kind = citation.kind { tags.append(kind) }
    if catalog.horizon != nil { tags.append(catalog.isLater(citation.year) ? "after the review" : "known to the review") }
    lines += TextLines.paragraph(tags.joined(separator: " · "), width: width)
    if let summary = citation.summary {
      lines.append("")
      lines += TextLines.paragraph(summary, width: width)
    }
    let facts = citingFacts(catalog, citationID: citation.id)
    if !facts.isEmpty {
      lines.append("")
      lines += TextLines.heading("Cited for", width: width)
      for fact in facts { lines += TextLines.hanging(fact, width: width, first: "•", rest: 2) }
    }
    return lines
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String { TextLines.trimTrailingSpaces(self) }
}
