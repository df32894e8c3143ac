import IMiDCatalogData
import IMiDCore
import Testing

/// The built-in catalogue's content rules: it loads cleanly, meets the minimum counts, and
/// every fact carries a citation (the product's promise).
@Suite struct BuiltinCatalogTests {
  let catalog = BrowserHarness.builtin

  @Test func loadsWithoutErrorsOrWarnings() throws {
    let loaded = try CatalogLoader.load(BuiltinCatalog.bytes, source: "builtin", currentYear: 2026)
    #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
  }

  @Test func meetsTheMinimumCounts() {
    #expect(catalog.drugs.count >= 3)
    #expect(catalog.mechanisms.count >= 6)
    #expect(catalog.citations.filter(\.hasIdentifier).count >= 20)
    #expect(catalog.efficacy.count >= 12)
    #expect(catalog.safety.count >= 12)
  }

  /// The three approved IMiDs, then the investigational cereblon modulators (issue 18), which
  /// have no approval yet.
  @Test func holdsTheSixDrugsWithTheirCodeNames() {
    let approved = ["thalidomide", "lenalidomide", "pomalidomide"]
    #expect(catalog.drugs.map(\.id) == approved + ["iberdomide", "mezigdomide", "avadomide"])
    #expect(catalog.drug(id: "lenalidomide")?.codes.contains("CC-5013") == true)
    #expect(catalog.drug(id: "pomalidomide")?.codes.contains("CC-4047") == true)
    #expect(catalog.drug(id: "iberdomide")?.codes.contains("CC-220") == true)
    #expect(catalog.drug(id: "mezigdomide")?.codes.contains("CC-92480") == true)
    #expect(catalog.drug(id: "avadomide")?.codes.contains("CC-122") == true)
    for drug in catalog.drugs {
      #expect(drug.summary != nil && !drug.cite.isEmpty, "\(drug.id)")
      #expect(drug.approvals.isEmpty != approved.contains(drug.id), "\(drug.id)")
      for approval in drug.approvals { #expect(!approval.cite.isEmpty, "\(drug.id) \(approval.when)") }
    }
  }

  @Test func rendersTheReviewAndItsHorizon() {
    #expect(catalog.horizon == 2004)
    let review = catalog.reviewCitation
    #expect(review?.pmid == "15571458")
    #expect(review?.doi == "10.1517/14712598.4.12.1963")
  }

  @Test func holdsTheRequiredMechanismsWithCereblonLearnedLater() {
    for id in ["tnf", "costim", "angio", "antimm", "nk", "crbn"] {
      #expect(catalog.mechanism(id: id) != nil, "\(id)")
    }
    #expect((catalog.mechanism(id: "crbn")?.year ?? 0) > 2004)
    #expect(catalog.mechanisms.first?.id == "tnf")
  }

  @Test func everyFactCitesAndEveryFindingHasAYear() {
    for effect in catalog.effects {
      #expect(!effect.cite.isEmpty && effect.year != nil && effect.note != nil, "\(effect.drug) × \(effect.mechanism)")
    }
    for result in catalog.efficacy { #expect(!result.cite.isEmpty && result.year != nil, "\(result.outcome)") }
    for result in catalog.safety { #expect(!result.cite.isEmpty && result.year != nil, "\(result.event)") }
  }

  @Test func everyCitationIsCitedAndSummarised() {
    var used: Set<String> = Set(catalog.review.map { [$0] } ?? [])
    for drug in catalog.drugs { used.formUnion(drug.cite + drug.approvals.flatMap(\.cite) + (drug.firstMarketed?.cite ?? [])) }
    for mechanism in catalog.mechanisms { used.formUnion(mechanism.cite) }
    for effect in catalog.effects { used.formUnion(effect.cite) }
    for result in catalog.efficacy { used.formUnion(result.cite) }
    for result in catalog.safety { used.formUnion(result.cite) }
    for event in catalog.events { used.formUnion(event.cite) }
    for claim in catalog.claims { used.formUnion(claim.cite) }
    for citation in catalog.citations {
      let isCited = used.contains(citation.id)
      #expect(isCited, "\(citation.id) is never cited")
      #expect(citation.summary != nil, "\(citation.id) has no summary")
    }
  }

  @Test func theLenalidomideTNFCellCitesASourceWithAPMID() {
    guard let d = catalog.drugIndex(id: "lenalidomide"), let m = catalog.mechanismIndex(id: "tnf"),
      let effect = catalog.effect(drugIndex: d, mechanismIndex: m)
    else {
      Issue.record("no lenalidomide × TNF-α effect")
      return
    }
    #expect(effect.cite.contains { catalog.citation(id: $0)?.pmid != nil })
  }

  @Test func bothEraAreRepresented() {
    let years = catalog.efficacy.compactMap(\.year) + catalog.safety.compactMap(\.year)
    #expect(years.contains { $0 <= 2004 })
    #expect(years.contains { $0 > 2004 })
  }
}
