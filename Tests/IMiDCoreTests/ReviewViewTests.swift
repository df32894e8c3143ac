import IMiDCore
import Testing

/// The review overview, a claim's evidence and the timeline: screens at two sizes, how keys
/// move through them, and the command line's text and formats, all on the built-in catalogue.
@Suite struct ReviewViewTests {
  let catalog = BrowserHarness.builtin

  @Test(arguments: [(80, 24), (200, 60)])
  func reviewClaimAndTimelineScreens(width: Int, height: Int) {
    var browser = BrowserHarness(catalog, width: width, height: height)
    browser.type("r")
    Snapshot.assert(browser.screen, named: "review-\(width)x\(height)-overview")
    browser.type("jjjj")
    browser.send(.enter)
    Snapshot.assert(browser.screen, named: "review-\(width)x\(height)-claim")
    browser.send(.backspace, .backspace)
    #expect(browser.state.reader == nil)
    browser.type("t")
    Snapshot.assert(browser.screen, named: "timeline-\(width)x\(height)")
    browser.type("d")
    Snapshot.assert(browser.screen, named: "timeline-\(width)x\(height)-thalidomide")
  }

  @Test func theOverviewShowsTheReferenceAndEveryClaimWithItsMark() throws {
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.type("r")
    let text = browser.text
    for part in ["Galustian C", "Thalidomide-derived immunomodulatory drugs", "Expert Opin Biol Ther", "PMID 15571458",
                 "doi:10.1517/14712598.4.12.1963"] {
      #expect(text.contains(part), "\(part) missing:\n\(text)")
    }
    let document = ReaderPage.build(catalog, .review, width: 120)
    #expect(document.items == catalog.claims.indices.map { ReaderSubject.claim($0) })
    for claim in catalog.claims {
      #expect(document.plainLines.contains { $0.hasPrefix(claim.status.mark + " " + claim.status.rawValue) && $0.hasSuffix(
        "\(claim.count(.supports))/\(claim.count(.refines))/\(claim.count(.contradicts))") }, "\(claim.id)")
    }
  }

  @Test func enterOnAClaimShowsItsEvidenceByStanceAndEnterOnAnItemLandsOnIt() throws {
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.type("r")
    browser.type("jjjj")
    browser.send(.enter)
    #expect(browser.state.reader?.page.subject == .claim(4))
    let claim = catalog.claims[4]
    let text = browser.text
    for stance in Stance.allCases where claim.count(stance) > 0 {
      #expect(text.contains("\(stance.heading) (\(claim.count(stance)))"), "\(stance) missing:\n\(text)")
    }
    // Every evidence item is one selectable line that opens its own page.
    let document = ReaderPage.build(catalog, .claim(4), width: 120)
    let expected = Stance.allCases.flatMap { ReviewDocument.evidence(of: claim, taking: $0, in: catalog) }
      .map { ReaderSubject($0.ref, in: catalog) }
    #expect(Array(document.items.prefix(expected.count)) == expected.compactMap { $0 })
    for (index, subject) in expected.enumerated() {
      #expect(document.lineRange(ofItem: index).count == 1, "item \(index) takes more than a line")
      var step = browser
      for _ in 0..<index { step.type("j") }
      step.send(.enter)
      #expect(step.state.reader?.page.subject == subject)
      #expect(step.state.reader?.pages.count == 3)
      step.send(.backspace)
      #expect(step.state.reader?.page.subject == .claim(4))
      #expect(step.state.reader?.page.selection == index, "Backspace lost the selection")
    }
  }

  @Test func qClosesTheReaderAndKeepsTheMarksAndPosition() {
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.type(" j")
    browser.type("r")
    browser.send(.enter)
    browser.type("q")
    #expect(browser.state.reader == nil)
    #expect(browser.state.marked == [0])
    #expect(browser.state.drugIndex == 1)
    #expect(!browser.state.shouldQuit)
    browser.type("q")
    #expect(browser.state.shouldQuit)
  }

  @Test func theTimelineShows1957TheReviewsRuleAndFiltersByDrug() throws {
    let document = ReaderPage.build(catalog, .timeline(drug: nil), width: 200)
    let lines = document.plainLines
    let first = try #require(lines.firstIndex { $0.hasPrefix("1957") })
    let rule = try #require(lines.firstIndex { $0.hasPrefix("── 2004-12 · review: Galustian C") })
    #expect(first < rule)
    // Everything above the rule is dated on or before the review, everything below after it.
    let events = TimelineDocument.events(catalog, drug: nil)
    let reviewDate = try #require(TimelineDocument.reviewDate(catalog))
    let eventLines = lines.indices.filter { index in lines[index].first.map { $0.isNumber } ?? false }.dropFirst(0)
    #expect(events.map { catalog.events[$0].date } == events.map { catalog.events[$0].date }.sorted())
    for index in eventLines where index > rule { #expect(lines[index].prefix(4) >= String(reviewDate.year).prefix(4)) }
    #expect(events.count == catalog.events.count)
    // One drug: its events and the class-wide ones, nothing of another drug.
    let thalidomide = try #require(catalog.drugIndex(id: "thalidomide"))
    let filtered = TimelineDocument.events(catalog, drug: thalidomide)
    #expect(!filtered.isEmpty && filtered.count < events.count)
    #expect(filtered.allSatisfy { catalog.events[$0].drug == nil || catalog.events[$0].drug == "thalidomide" })
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.type("td")
    #expect(browser.state.reader?.page.subject == .timeline(drug: 0))
    browser.type(String(repeating: "d", count: catalog.drugs.count))
    #expect(browser.state.reader?.page.subject == .timeline(drug: nil), "d cycles back to every drug")
  }

  @Test func theHistogramCountsResultsAndSourcesPerYear() {
    var efficacy = EfficacyResult(drug: "a", outcome: "x", cite: ["c1"])
    efficacy.year = 2001
    let citations = [Citation(id: "c1", title: "T", year: 1999), Citation(id: "c2", title: "U", year: 2001)]
    let small = Catalog(drugs: [Drug(id: "a", name: "A")], efficacy: [efficacy], citations: citations)
    let histogram = EvidenceHistogram(small)
    #expect(histogram?.years == 1999...2001)
    #expect(histogram?.counts == [1, 0, 2])
    let lines = histogram?.lines(width: 80, rows: 2) ?? []
    #expect(lines.count == 4)
    #expect(lines[1] == "  █", "the top row holds only the tallest bar")
    #expect(lines[2] == "█ █")
    #expect(EvidenceHistogram(small, from: 1990)?.years == 1990...2001)
  }

  @Test func aCatalogueWithoutAReviewSaysSo() {
    var browser = BrowserHarness(BrowserHarness.numberedDrugs(3), width: 80, height: 24)
    browser.type("r")
    #expect(browser.text.contains("names no review"))
    browser.send(.backspace)
    browser.type("t")
    #expect(browser.text.contains("lists no events"))
  }

  @Test func eExportsTheReviewOrTheTimeline() {
    var browser = BrowserHarness(catalog, width: 120, height: 40)
    browser.type("r")
    browser.send(.enter)
    browser.type("e")
    #expect(browser.state.prompt?.view == .review)
    browser.send(.escape)
    browser.type("q")
    browser.type("td")
    browser.type("e")
    #expect(browser.state.prompt?.view == .timeline(drug: 0))
  }

  @Test(arguments: [80, 120])
  func theCommandLinesText(width: Int) {
    Snapshot.assert(ReviewExport(catalog).text(width: width), named: "review-\(width)")
    Snapshot.assert(TimelineExport(catalog).text(width: width), named: "timeline-\(width)")
  }

  @Test func everyFormatOfTheReviewAndTheTimeline() {
    for (name, view) in [("review", ExportView.review), ("timeline", .timeline(drug: nil))] {
      for format in [ExportFormat.md, .csv, .json, .bibtex] {
        let contents = Exporter.export(catalog, view, format: format).contents
        Snapshot.assert(contents.components(separatedBy: "\n"), named: "export-builtin-\(name).\(format.rawValue)")
      }
      let ascii = Exporter.export(catalog, view, format: .text, width: 80, ascii: true).contents
      #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII }, "\(name): the ASCII export holds non-ASCII")
    }
  }
}
