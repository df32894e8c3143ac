import IMiDCore
import Testing

/// The review's tables (issue 14): event dates, evidence references, and a catalogue that uses
/// claims, events, result ids and a first marketing, loaded and looked up.
@Suite struct ReviewTablesTests {
  // MARK: - EventDate

  @Test func eventDatesAreOnlyAsPreciseAsWritten() throws {
    #expect(EventDate("1957") == EventDate(year: 1957))
    #expect(EventDate("2005-12") == EventDate(year: 2005, month: 12))
    #expect(EventDate("1998-07-16") == EventDate(year: 1998, month: 7, day: 16))
    for text in ["1957", "2005-12", "1998-07-16", "2000-02-29"] {
      #expect(EventDate(text)?.text == text, "\(text)")
    }
    #expect(EventDate(year: 2001, day: 5).day == nil, "a day without a month is dropped")
  }

  @Test func eventDatesMustBeOnTheCalendar() {
    #expect(EventDate("2012-02-29") != nil)
    #expect(EventDate("2000-02-29") != nil, "divisible by 400: a leap year")
    #expect(EventDate("2013-02-29") == nil)
    #expect(EventDate("1900-02-29") == nil, "divisible by 100 only: not a leap year")
    #expect(EventDate("2013-02-30") == nil)
    #expect(EventDate("2013-04-31") == nil)
    #expect(EventDate("2013-12-31") != nil)
    #expect(EventDate("2013-00") == nil)
    #expect(EventDate("2013-13") == nil)
    #expect(EventDate("2013-01-00") == nil)
  }

  @Test func eventDatesRejectEveryOtherShape() {
    let bad = [
      "", "13", "195", "19570", "2013-", "-2013", "2013-1", "2013-1-05", "2013-01-5", "2013-01-01-01",
      "2013/01", "12/2005", "+013", "2013-+1", " 2013", "2013 ", "2013-01-01T00:00",
      "２０１３", "2013-0\u{301}2", "2013-0٣",
    ]
    for text in bad { #expect(EventDate(text) == nil, "\(text)") }
  }

  @Test func eventDatesSortYearsBeforeTheirMonthsAndDays() throws {
    let texts = ["1961-11-27", "1957-10-01", "1957", "1957-10", "1961", "1956-11"]
    let sorted = texts.compactMap(EventDate.init).sorted().map(\.text)
    #expect(sorted == ["1956-11", "1957", "1957-10", "1957-10-01", "1961", "1961-11-27"])
    #expect(try #require(EventDate("1957-12-31")) < #require(EventDate("1958")))
    #expect(!(try #require(EventDate("2001")) < #require(EventDate("2001"))))
  }

  // MARK: - EvidenceRef

  @Test func evidenceRefsReadEveryKind() {
    #expect(EvidenceRef("drug:lenalidomide") == .drug("lenalidomide"))
    #expect(EvidenceRef("cell:lenalidomide/crbn") == .cell(drug: "lenalidomide", mechanism: "crbn"))
    #expect(EvidenceRef("efficacy:len-mm009") == .efficacy("len-mm009"))
    #expect(EvidenceRef("safety:len-vte") == .safety("len-vte"))
    #expect(EvidenceRef("citation:ito2010") == .citation("ito2010"))
    #expect(EvidenceRef("event:ikzf-2014") == .event("ikzf-2014"))
    #expect(EvidenceRef("citation:a:b") == .citation("a:b"), "only the first colon separates")
    for text in ["drug:a", "cell:a/m", "efficacy:e", "safety:s", "citation:c", "event:v"] {
      #expect(EvidenceRef(text)?.text == text, "\(text)")
    }
    #expect(EvidenceRef.kinds.count == 6)
  }

  @Test func evidenceRefsRejectUnknownKindsAndEmptyKeys() {
    let bad = [
      "", "lenalidomide", ":x", "trial:x", "Drug:a", " drug:a", "drug:", "event:", "cell:", "cell:a",
      "cell:a/", "cell:/m", "cell:a/b/c",
    ]
    for text in bad { #expect(EvidenceRef(text) == nil, "\(text)") }
  }

  // MARK: - Loading

  static let review = """
    {"drugs": [{"id": "a", "name": "Alpha",
                "firstMarketed": {"year": 1957, "date": "1957-10", "region": "West Germany", "brand": "Alphan", "cite": ["c1"]}},
               {"id": "b", "name": "Beta"}],
     "mechanisms": [{"id": "m", "name": "Mech"}],
     "citations": [{"id": "c1", "title": "A study", "year": 2001}, {"id": "c2", "title": "A review", "year": 2004}],
     "effects": [{"drug": "a", "mechanism": "m", "grade": 2, "cite": ["c1"]}],
     "efficacy": [{"drug": "a", "outcome": "ORR 30%", "cite": ["c1"]},
                  {"id": "a-e2", "drug": "a", "outcome": "ORR 40%", "cite": ["c1"]}],
     "safety": [{"id": "a-s1", "drug": "a", "event": "Rash", "cite": ["c1"]}],
     "events": [{"id": "e1", "date": "2001-05", "kind": "trial", "drug": "a", "text": "A trial reports", "cite": ["c1"]},
                {"id": "e0", "date": "1957", "kind": "marketing", "text": "Alpha is sold", "cite": ["c1"]}],
     "claims": [{"id": "k1", "text": "Alpha works", "status": "refined", "verdict": "In part", "since": 2001,
                 "evidence": [{"ref": "drug:b", "stance": "refines"}, {"ref": "cell:a/m", "stance": "supports"},
                              {"ref": "efficacy:a-e2", "stance": "supports"}, {"ref": "safety:a-s1", "stance": "contradicts"},
                              {"ref": "citation:c2", "stance": "supports"}, {"ref": "event:e1", "stance": "supports"}],
                 "cite": ["c2"]}]}
    """

  @Test func aCatalogueWithTheReviewTablesLoadsAndLooksThemUp() throws {
    let loaded = try CatalogLoader.load(Array(Self.review.utf8), source: "r.json", currentYear: 2026)
    #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    let catalog = loaded.catalog
    #expect(catalog.events.map(\.id) == ["e1", "e0"], "file order: the timeline sorts")
    #expect(catalog.events[0] == TimelineEvent(
      id: "e1", date: EventDate(year: 2001, month: 5), kind: .trial, drug: "a", text: "A trial reports", cite: ["c1"]))
    #expect(catalog.events[1].drug == nil && catalog.events[1].kind == .marketing)
    let claim = try #require(catalog.claims.first)
    #expect(catalog.claims.count == 1)
    #expect(claim.status == .refined && claim.since == 2001 && claim.cite == ["c2"])
    #expect(claim.evidence.map(\.ref) == [
      .drug("b"), .cell(drug: "a", mechanism: "m"), .efficacy("a-e2"), .safety("a-s1"), .citation("c2"), .event("e1"),
    ])
    #expect(claim.count(.supports) == 4 && claim.count(.refines) == 1 && claim.count(.contradicts) == 1)

    #expect(catalog.efficacyIndex(id: "a-e2") == 1)
    #expect(catalog.efficacyIndex(id: "a-s1") == nil)
    #expect(catalog.safetyIndex(id: "a-s1") == 0)
    #expect(catalog.eventIndex(id: "e0") == 1)
    // Read back from the file's bytes, ids and all; a result without one keeps none.
    #expect(catalog.efficacy[1].id == "a-e2" && catalog.efficacy[0].id == nil)
    #expect(catalog.safety[0].id == "a-s1")
    let marketing = try #require(catalog.drug(id: "a")?.firstMarketed)
    #expect(marketing.when == "1957-10" && marketing.region == "West Germany" && marketing.brand == "Alphan")
    #expect(marketing.cite == ["c1"])
    #expect(catalog.drug(id: "b")?.firstMarketed == nil)
    #expect(catalog.citers(ofCitation: "c1").contains(.drug(0)), "the first marketing's source cites the drug")
  }

  @Test func aCatalogueWithoutTheReviewTablesHasNone() throws {
    let catalog = try CatalogLoader.load(Fixture.bytes("mini.json"), source: "mini.json", currentYear: 2026).catalog
    #expect(catalog.claims.isEmpty && catalog.events.isEmpty)
    #expect(catalog.eventIndex(id: "e1") == nil)
  }

  @Test func unknownKeysOfTheNewEntriesAreWarnings() throws {
    let json = Self.review
      .replacingOccurrences(of: #"{"ref": "drug:b", "stance": "refines"}"#, with: #"{"ref": "drug:b", "stance": "refines", "weight": 2}"#)
      .replacingOccurrences(of: #""brand": "Alphan","#, with: #""brand": "Alphan", "city": "Stolberg","#)
      .replacingOccurrences(of: #""kind": "trial","#, with: #""kind": "trial", "place": "x","#)
    let loaded = try CatalogLoader.load(Array(json.utf8), source: "r.json", currentYear: 2026)
    #expect(loaded.warnings.map(\.description) == [
      "r.json: drugs[0].firstMarketed.city: unknown key 'city' (ignored)",
      "r.json: events[0].place: unknown key 'place' (ignored)",
      "r.json: claims[0].evidence[0].weight: unknown key 'weight' (ignored)",
    ])
  }

  func messages(_ json: String) -> [String] {
    do {
      return try CatalogLoader.load(Array(json.utf8), source: "r.json", currentYear: 2026).warnings.map(\.description)
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  @Test func everyRuleOfTheNewTablesIsReportedAtItsPath() {
    let json = Self.review
      .replacingOccurrences(of: #""date": "1957-10", "region""#, with: #""date": "1958-10", "region""#)
      .replacingOccurrences(of: #""id": "a-s1", "drug": "a""#, with: #""id": "", "drug": "a""#)
      .replacingOccurrences(of: #""date": "2001-05", "kind": "trial", "drug": "a""#, with: #""date": "2001-05", "kind": 3, "drug": "z""#)
      .replacingOccurrences(of: #""text": "Alpha is sold", "cite": ["c1"]"#, with: #""text": " ", "cite": []"#)
      .replacingOccurrences(of: #""status": "refined", "verdict": "In part", "since": 2001"#, with: #""status": "Held", "verdict": "", "since": 1700"#)
      .replacingOccurrences(of: #"{"ref": "safety:a-s1", "stance": "contradicts"}"#, with: #"{"ref": "cell:a/x"}"#)
      .replacingOccurrences(of: #"{"ref": "event:e1", "stance": "supports"}"#, with: #""event:e1""#)
    #expect(messages(json) == [
      "r.json: drugs[0].firstMarketed.date: date '1958-10' must be YYYY-MM or YYYY-MM-DD in the first marketing's year 1957",
      "r.json: safety[0].id: must not be empty",
      "r.json: events[0].kind: expected a string, found a number",
      "r.json: events[0].drug: unknown drug 'z'",
      "r.json: events[1].text: must not be empty",
      "r.json: events[1].cite: at least one citation is required",
      "r.json: claims[0].status: unknown status 'Held' (expected held, refined, overturned or open)",
      "r.json: claims[0].verdict: must not be empty",
      "r.json: claims[0].since: year 1700 is not plausible (expected 1800–2027)",
      "r.json: claims[0].evidence[3].ref: unknown mechanism 'x'",
      "r.json: claims[0].evidence[3]: missing required field 'stance'",
      "r.json: claims[0].evidence[5]: expected an object, found a string",
    ])
  }

  @Test func approvalDatesMustBeOnTheCalendarToo() {
    let json = #"""
      {"drugs": [{"id": "a", "name": "A", "approvals": [{"year": 2005, "date": "2005-02-31"}, {"year": 2005, "date": "2005-02-28"}]}]}
      """#
    #expect(messages(json) == [
      "r.json: drugs[0].approvals[0].date: date '2005-02-31' must be YYYY-MM or YYYY-MM-DD in the approval's year 2005"
    ])
  }

  @Test func aPreviewReadsAFirstMarketingWithoutCheckingItsSources() throws {
    let json = #"""
      {"drugs": [{"id": "a", "name": "A", "firstMarketed": {"year": 1957, "cite": ["later"]}}], "citations": []}
      """#
    let preview = try #require(CatalogLoader.preview(Array(json.utf8), source: "p.json", currentYear: 2026, drugLimit: 5))
    #expect(preview.drugs.first?.firstMarketed?.cite == ["later"])
    #expect(messages(json) == ["r.json: drugs[0].firstMarketed.cite[0]: unknown citation 'later'"])
  }

  @Test func resultIdsAreOptionalButUniquePerTable() {
    let twoTables = Self.review.replacingOccurrences(of: #""id": "a-s1", "drug""#, with: #""id": "a-e2", "drug""#)
      .replacingOccurrences(of: "safety:a-s1", with: "safety:a-e2")
    #expect(messages(twoTables) == [], "an efficacy and a safety result may share an id")
    let twice = Self.review.replacingOccurrences(
      of: #"{"drug": "a", "outcome": "ORR 30%", "cite": ["c1"]}"#, with: #"{"id": "a-e2", "drug": "a", "outcome": "ORR 30%", "cite": ["c1"]}"#)
    #expect(messages(twice) == ["r.json: efficacy[1].id: duplicate id 'a-e2' (first used at efficacy[0])"])
  }
}
