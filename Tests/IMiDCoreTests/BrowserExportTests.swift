import IMiDCore
import Testing

@Suite struct BrowserExportTests {
  let catalog = BrowserHarness.catalog("mini.json")

  func browser() -> BrowserHarness {
    var browser = BrowserHarness(catalog)
    browser.state.today = "2026-11-25"
    return browser
  }

  @Test func eOffersADefaultNameForTheFocusedView() {
    var browser = browser()
    browser.send(.tab, .character("e"))
    #expect(browser.state.prompt?.view == .matrix)
    #expect(browser.state.prompt?.path == "imid-matrix-2026-11-25.txt")
    #expect(browser.screen[23] == " Export to: imid-matrix-2026-11-25.txt▏")
  }

  @Test func theNameCanBeEditedAndEnterAsksTheFrontEndToWrite() {
    var browser = browser()
    browser.send(.character("e"))
    for _ in 0..<"2026-11-25.txt".count { browser.send(.backspace) }
    browser.type("mine.txt")
    #expect(browser.state.prompt?.path == "imid-drugs-mine.txt")
    Browser.update(&browser.state, .enter)
    #expect(Browser.takeEffect(&browser.state) == .export(view: .drugs, path: "imid-drugs-mine.txt", overwrite: false))
    #expect(Browser.takeEffect(&browser.state) == nil)
    Browser.finishExport(&browser.state, .written(summary: "4 drugs"))
    #expect(browser.state.prompt == nil)
    #expect(browser.screen[23] == " Wrote imid-drugs-mine.txt · 4 drugs")
  }

  @Test func aMessageLongerThanTheStatusLineIsReadWholeFileNameFirst() {
    var browser = BrowserHarness(BrowserHarness.builtin, width: 50, height: 24)
    browser.type("\t")
    browser.send(.tab)
    browser.type("e")
    Browser.update(&browser.state, .enter)
    _ = Browser.takeEffect(&browser.state)
    Browser.finishExport(&browser.state, .written(summary: "3 drugs × 7 mechanisms"))
    let bottom = browser.screen.suffix(3).joined(separator: " ").split(separator: " ").joined(separator: " ")
    #expect(bottom.contains("Wrote imid-"), "the file name comes first:\n\(bottom)")
    #expect(bottom.contains("3 drugs × 7 mechanisms"), "and the rest is still there:\n\(bottom)")
    browser.type("j")
    #expect(!browser.screen.joined().contains("Wrote"), "the next key clears it")
  }

  @Test func anExistingFileIsReplacedOnlyAfterYes() {
    var browser = browser()
    browser.send(.character("e"), .enter)
    Browser.finishExport(&browser.state, .exists)
    #expect(browser.screen[23] == " imid-drugs-2026-11-25.txt exists. Replace it? (y/n)")
    browser.type("y")
    #expect(browser.state.effect == .export(view: .drugs, path: "imid-drugs-2026-11-25.txt", overwrite: true))
    Browser.finishExport(&browser.state, .written(summary: "4 drugs"))
    #expect(browser.state.message == "Wrote imid-drugs-2026-11-25.txt · 4 drugs")

    browser.send(.character("e"), .enter)
    Browser.finishExport(&browser.state, .exists)
    browser.type("n")
    #expect(browser.state.prompt == nil && browser.state.effect == nil)
    #expect(browser.state.message == "Not replaced: imid-drugs-2026-11-25.txt is unchanged")
  }

  @Test func escCancelsAndAFailureIsReportedWhileTheBrowserKeepsRunning() {
    var browser = browser()
    browser.send(.character("e"), .escape)
    #expect(browser.state.prompt == nil)
    #expect(browser.state.message == "Export cancelled")
    browser.send(.character("e"), .enter)
    Browser.finishExport(&browser.state, .failed(reason: "/x/y.txt: cannot create: directory /x does not exist"))
    #expect(browser.state.message == "Export failed: /x/y.txt: cannot create: directory /x does not exist")
    #expect(!browser.state.shouldQuit)
    browser.type("j")
    #expect(browser.state.drugIndex == 1)
  }

  @Test func whileTypingKeysAreTextNotCommands() {
    var browser = browser()
    browser.send(.character("e"), .control("u"))
    browser.type("q?jk")
    #expect(browser.state.prompt?.path == "q?jk")
    #expect(!browser.state.shouldQuit && !browser.state.showsHelp && browser.state.drugIndex == 0)
  }

  @Test func theExportedViewFollowsWhatIsShown() {
    var browser = browser()
    browser.send(.backTab, .character("e"))
    #expect(browser.state.prompt?.view == .drug(0))
    browser.send(.escape, .tab, .character("j"), .tab, .enter, .character("e"))
    #expect(browser.state.prompt?.view == .citation(.cell(drug: 1, mechanism: 0)))
    browser.send(.escape, .backspace, .character("c"), .character("e"))
    #expect(browser.state.prompt?.view == .compare([1, 2]))
  }
}

/// The export prompt writes the format its name asks for; Tab cycles the formats.
@Suite struct ExportFormatByNameTests {
  @Test func theEndingChoosesTheFormat() {
    #expect(ExportFormat(fileName: "notes.md") == .md)
    #expect(ExportFormat(fileName: "refs.BIB") == .bibtex)
    #expect(ExportFormat(fileName: "refs.csl.json") == .cslJSON)
    #expect(ExportFormat(fileName: "data.json") == .json)
    #expect(ExportFormat(fileName: "dir.v2/plain") == .text)
    #expect(ExportFormat(fileName: "slides.docx") == nil)
    #expect(ExportFormat.md.renaming("imid-drugs-today.txt") == "imid-drugs-today.md")
    #expect(ExportFormat.text.renaming("refs.csl.json") == "refs.txt")
  }

  @Test func tabCyclesTheFormatAndAnUnknownEndingIsRefusedWithTheList() {
    var browser = BrowserHarness(BrowserHarness.builtin, width: 120, height: 40)
    browser.type("e")
    let start = browser.state.prompt?.path ?? ""
    #expect(start.hasSuffix(".txt"))
    var seen: [String] = []
    for _ in 0..<7 {
      browser.send(.tab)
      seen.append(String((browser.state.prompt?.path ?? "").dropFirst(start.count - 4)))
    }
    #expect(seen == [".md", ".csv", ".json", ".bib", ".ris", ".csl.json", ".txt"])
    for _ in 0..<3 { browser.send(.backspace) }
    browser.type("docx")
    browser.send(.enter)
    #expect(browser.state.effect == nil, "nothing is written")
    #expect(browser.state.prompt != nil, "the prompt stays open")
    #expect(browser.state.message?.contains(".txt .md .csv .json .bib .ris or .csl.json") == true)
  }
}
