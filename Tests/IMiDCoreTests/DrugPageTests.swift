import IMiDCore
import Testing

/// A drug's page (Enter on a drug): its identity, its row of the matrix, its results under
/// their settings and adverse-event headings in date order, and its sources; the same lines
/// `imid show` prints.
@Suite struct DrugPageTests {
  static let catalog = BrowserHarness.builtin

  @Test(arguments: [(80, 24), (120, 40)])
  func lenalidomidesPageOnScreen(width: Int, height: Int) {
    var browser = BrowserHarness(Self.catalog, width: width, height: height)
    browser.type("j")
    browser.send(.enter)
    Snapshot.assert(browser.screen, named: "drug-page-\(width)x\(height)-lenalidomide")
    // j steps through the page's items: past the mechanisms to the first result, which scrolls
    // into view under its setting's heading.
    let items = browser.state.readerDocument().items
    let firstResult = items.firstIndex { if case .efficacy = $0 { true } else { false } } ?? 0
    #expect(firstResult > 0)
    for _ in 0..<firstResult { browser.type("j") }
    Snapshot.assert(browser.screen, named: "drug-page-\(width)x\(height)-lenalidomide-results")
    browser.send(.pageDown)
    Snapshot.assert(browser.screen, named: "drug-page-\(width)x\(height)-lenalidomide-results-more")
  }

  /// Under each setting (and each adverse-event category) the results run oldest first, and
  /// every heading says how many results follow it.
  @Test func resultsAreInDateOrderUnderTheirHeadings() {
    var refs = ReferenceList()
    for d in Self.catalog.drugs.indices {
      let page = DrugPage.build(Self.catalog, drugIndex: d, width: 100, refs: &refs)
      var years: [Int] = []
      var headings = 0
      for line in page.lines {
        if line.spans.first?.style == .paneTitle {
          headings += 1
          years = []
        } else if line.item != nil, case .efficacy = page.items[line.item ?? 0] {
          if let year = Int(line.text.prefix(4)) { years.append(year) }
        } else if line.item != nil, case .safety = page.items[line.item ?? 0] {
          if let year = Int(line.text.prefix(4)) { years.append(year) }
        }
        #expect(years == years.sorted(), "\(Self.catalog.drugs[d].name): \(years)")
      }
      let (efficacy, safety) = Self.catalog.resultCounts(drugIndex: d)
      if efficacy + safety > 0 { #expect(headings > 0, "\(Self.catalog.drugs[d].name) has results but no headings") }
      let items = page.items
      #expect(items.count { if case .efficacy = $0 { true } else { false } } == efficacy)
      #expect(items.count { if case .safety = $0 { true } else { false } } == safety)
    }
  }

  /// The page never sends the reader to the command line, and `imid show` prints its lines.
  @Test func thePageIsWhatShowPrintsAndGivesNoCommandLineAdvice() {
    for d in Self.catalog.drugs.indices {
      var refs = ReferenceList()
      let page = DrugPage.build(Self.catalog, drugIndex: d, width: 90, refs: &refs)
      let advice = page.plainLines.filter { $0.contains(/(^|[^A-Za-z])imid [a-z]/) }
      #expect(advice.isEmpty, "\(Self.catalog.drugs[d].name): \(advice)")
      #expect(DrugDetailView.lines(Self.catalog, drugIndex: d, width: 90) == page.plainLines)
    }
  }

  /// Enter on a mechanism line opens the cell's evidence; Enter on a result opens the result.
  @Test func itsLinesLeadToTheCellAndTheResult() {
    var browser = BrowserHarness(Self.catalog, width: 120, height: 40)
    browser.type("j")
    browser.send(.enter)
    browser.send(.enter)
    #expect(browser.state.reader?.page.subject == .detail(.cell(drug: 1, mechanism: 0)))
    browser.send(.backspace)
    let items = browser.state.readerDocument().items
    let firstResult = items.firstIndex { if case .efficacy = $0 { true } else { false } } ?? 0
    for _ in 0..<firstResult { browser.type("j") }
    browser.send(.enter)
    guard case .efficacy(let index)? = browser.state.reader?.page.subject else {
      Issue.record("no result opened: \(String(describing: browser.state.reader?.page.subject))")
      return
    }
    #expect(Self.catalog.efficacy[index].drug == "lenalidomide")
  }
}
