/// Search across the whole catalogue, not only the drugs: mechanisms and matrix evidence,
/// efficacy and safety results (trial names, settings, outcomes), sources (authors, title,
/// journal, PMID, DOI), the review's claims and the timeline's events. Matching ignores case,
/// accents and the Greek/English difference: text and query are both folded to lower-case
/// ASCII (`ASCIIText.transliterate`), so "alpha" finds "TNF-α" and "Kronke" finds "Krönke".
public enum CatalogSearch {
  /// One match: where it is (the group heading), what it is in a line, and the page it opens.
  public struct Match: Sendable, Equatable {
    public var group: String
    public var label: String
    public var subject: ReaderSubject
  }

  /// `text` folded for matching.
  public static func fold(_ text: String) -> String { ASCIIText.transliterate(text).lowercased() }

  /// Every match of `query` (nothing for a blank query), grouped in a fixed order: drugs, matrix
  /// evidence, efficacy, safety, sources, claims, events.
  public static func matches(_ catalog: Catalog, _ query: String) -> [Match] {
    let needle = fold(query).trimmedWhitespace
    guard !needle.isEmpty else { return [] }
    func found(_ fields: [String?]) -> Bool { fields.contains { $0.map { fold($0).contains(needle) } ?? false } }
    var matches: [Match] = []
    for (index, drug) in catalog.drugs.enumerated()
    where found(drug.aliases + [drug.generation, drug.summary, drug.firstMarketed?.region] + drug.approvals.map(\.indication)) {
      matches.append(Match(group: "Drugs", label: drug.name + (drug.generation.map { " · " + $0 } ?? ""), subject: .detail(.drug(index))))
    }
    for effect in catalog.effects {
      guard let d = catalog.drugIndex(id: effect.drug), let m = catalog.mechanismIndex(id: effect.mechanism) else { continue }
      let mechanism = catalog.mechanisms[m]
      guard found([mechanism.name, mechanism.short, mechanism.summary, effect.note]) else { continue }
      matches.append(Match(group: "Matrix evidence", label: "\(catalog.drugs[d].name) × \(mechanism.name): \(effect.grade.symbol) \(effect.note ?? "")",
                           subject: .detail(.cell(drug: d, mechanism: m))))
    }
    for (index, result) in catalog.efficacy.enumerated()
    where found([result.study, result.design, result.setting, result.population, result.regimen, result.outcome]) {
      let drug = catalog.drug(id: result.drug)?.name ?? result.drug
      matches.append(Match(group: "Efficacy", label: [drug, result.study, result.setting].compactMap { $0 }.joined(separator: " · ") + ": " + result.outcome,
                           subject: .efficacy(index)))
    }
    for (index, result) in catalog.safety.enumerated() where found([result.event, result.category, result.rate, result.context, result.study]) {
      let drug = catalog.drug(id: result.drug)?.name ?? result.drug
      matches.append(Match(group: "Safety", label: "\(drug) · \(result.event)" + (result.rate.map { ": " + $0 } ?? ""), subject: .safety(index)))
    }
    for citation in catalog.citations
    where found(citation.authors + [citation.title, citation.journal, citation.publisher, citation.pmid, citation.doi, citation.summary, String(citation.year)]) {
      matches.append(Match(group: "Sources", label: EvidenceItem.shortReference(citation), subject: .detail(.citation(citation.id))))
    }
    for (index, claim) in catalog.claims.enumerated() where found([claim.text, claim.verdict, claim.id]) {
      matches.append(Match(group: "Review claims", label: "\(claim.status.mark) \(claim.text)", subject: .claim(index)))
    }
    for (index, event) in catalog.events.enumerated() where found([event.text, event.date.text, event.kind.rawValue]) {
      matches.append(Match(group: "Timeline", label: "\(event.date.text) \(event.text)", subject: .event(index)))
    }
    return matches
  }
}
