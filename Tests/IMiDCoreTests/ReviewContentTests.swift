import IMiDCore
import Testing

/// The built-in catalogue's review tables (issue 14): the review's claims, each with evidence
/// that resolves and a source, and a timeline from the 1957 launch through the review itself to
/// what came after, every event cited.
@Suite struct ReviewContentTests {
  let catalog = BrowserHarness.builtin

  @Test func meetsTheMinimumCounts() {
    #expect(catalog.claims.count >= 9)
    #expect(catalog.events.count >= 25)
  }

  @Test func everyClaimHasEvidenceAndCitesTheReview() throws {
    let review = try #require(catalog.review)
    for claim in catalog.claims {
      #expect(!claim.evidence.isEmpty, "\(claim.id)")
      #expect(!claim.cite.isEmpty, "\(claim.id)")
      #expect(claim.cite.contains(review), "\(claim.id) does not cite the review it records")
      #expect(!claim.text.isEmpty && !claim.verdict.isEmpty, "\(claim.id)")
    }
  }

  @Test func everyEventCites() {
    for event in catalog.events { #expect(!event.cite.isEmpty, "\(event.id)") }
  }

  /// Through the catalogue's own lookups, as the views will follow them.
  @Test func everyEvidenceReferenceResolves() {
    for claim in catalog.claims {
      for evidence in claim.evidence {
        let ref = evidence.ref
        #expect(resolves(ref), "\(claim.id): \(ref.text)")
      }
    }
  }

  func resolves(_ ref: EvidenceRef) -> Bool {
    switch ref {
    case .drug(let id): return catalog.drugIndex(id: id) != nil
    case .cell(let drug, let mechanism):
      guard let d = catalog.drugIndex(id: drug), let m = catalog.mechanismIndex(id: mechanism) else { return false }
      return catalog.effect(drugIndex: d, mechanismIndex: m) != nil
    case .efficacy(let id): return catalog.efficacyIndex(id: id).map { catalog.efficacy[$0].id == id } ?? false
    case .safety(let id): return catalog.safetyIndex(id: id).map { catalog.safety[$0].id == id } ?? false
    case .citation(let id): return catalog.citation(id: id) != nil
    case .event(let id): return catalog.eventIndex(id: id).map { catalog.events[$0].id == id } ?? false
    }
  }

  @Test func theTimelineRunsFromTheLaunchThroughTheReview() throws {
    let launch = catalog.events.filter { $0.date.year == 1957 && $0.kind == .marketing }
    #expect(launch.map(\.drug) == ["thalidomide"])
    let review = try #require(catalog.review)
    let publication = catalog.events.filter { $0.cite.contains(review) }
    #expect(publication.count == 1 && publication.first?.kind == .publication)
    let reviewYear = try #require(catalog.reviewCitation?.year)
    #expect(publication.first?.date.year == reviewYear)
    #expect(catalog.events.contains { $0.kind == .withdrawal && $0.date.year == 1961 })
    #expect(catalog.events.contains { catalog.isLater($0.date.year) }, "what came after the review")
  }

  @Test func thalidomideWasFirstSoldInWestGermanyIn1957() throws {
    let marketing = try #require(catalog.drug(id: "thalidomide")?.firstMarketed)
    #expect(marketing.year == 1957 && marketing.region == "West Germany" && marketing.brand == "Contergan")
    #expect(!marketing.cite.isEmpty)
    let launch = try #require(catalog.events.first { $0.kind == .marketing && $0.drug == "thalidomide" })
    #expect(launch.date.text == marketing.when, "the drug list and the timeline agree")
    for drug in catalog.drugs where drug.id != "thalidomide" { #expect(drug.firstMarketed == nil, "\(drug.id)") }
  }

  @Test func everyCitedIdExists() {
    var cited: [(String, String)] = []
    for drug in catalog.drugs { cited += (drug.firstMarketed?.cite ?? []).map { ("\(drug.id) firstMarketed", $0) } }
    for event in catalog.events { cited += event.cite.map { (event.id, $0) } }
    for claim in catalog.claims {
      cited += claim.cite.map { (claim.id, $0) }
      for case .citation(let id) in claim.evidence.map(\.ref) { cited.append((claim.id, id)) }
    }
    #expect(cited.count > catalog.claims.count + catalog.events.count)
    for (by, id) in cited { #expect(catalog.citation(id: id) != nil, "\(by) cites '\(id)'") }
  }

  @Test func everyResultIdIsUniqueAndNamedByAClaim() {
    let named = Set(catalog.claims.flatMap { $0.evidence.map(\.ref) })
    for table in [catalog.efficacy.compactMap(\.id), catalog.safety.compactMap(\.id)] {
      #expect(Set(table).count == table.count)
    }
    for id in catalog.efficacy.compactMap(\.id) { #expect(named.contains(.efficacy(id)), "efficacy \(id)") }
    for id in catalog.safety.compactMap(\.id) { #expect(named.contains(.safety(id)), "safety \(id)") }
  }
}
