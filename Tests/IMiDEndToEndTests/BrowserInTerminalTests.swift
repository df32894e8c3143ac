import Foundation
import Testing

/// The real binary in a real terminal (tmux), checked the way a person would: what is on the
/// screen, how it exits, and that the terminal is exactly as it was afterwards (`stty -g`).
@Suite(.serialized) struct BrowserInTerminalTests {
  /// A session that records `stty -g` before and after the browser, and its exit status.
  func session(width: Int = 80, height: Int = 24, arguments: String = "browse") throws -> Tmux {
    let binary = Binary.url.path
    return try Tmux(width: width, height: height) { directory in
      "cd \"\(directory.path)\"; stty -g > before; \"\(binary)\" \(arguments); echo $? > status; stty -g > after; sleep 5"
    }
  }

  /// q from a view over the panes (the reader, compare), q again to quit; then the exit
  /// status is 0 and the terminal is exactly as it was.
  func quitFromAView(_ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws {
    try tmux.send("q")
    try tmux.waitFor { $0.contains("Mechanisms") }
    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0", sourceLocation: sourceLocation)
    #expect(result.restored, "stty -g differs after quitting", sourceLocation: sourceLocation)
  }

  @Test func showsThePanesAndFollowsACellToItsCitation() throws {
    let tmux = try session()
    var screen = try tmux.waitFor { $0.contains("Citation") }
    for title in ["Drugs", "Mechanisms", "Citation"] { #expect(screen.contains(title), "\(title) missing:\n\(screen)") }
    #expect(screen.contains("›Thalidomide"))

    try tmux.send("j")
    screen = try tmux.waitFor { $0.contains("›Lenalidomide") }
    #expect(screen.contains("›Lenalidomide"), "\(screen)")
    #expect(screen.contains("Citation · Lenalidomide"), "\(screen)")

    try tmux.send("Tab", "Enter")
    screen = try tmux.waitFor { $0.contains("PMID") }
    #expect(screen.contains("Citation · Lenalidomide × TNF-α +++"), "\(screen)")
    #expect(screen.contains("PMID 12649301"), "\(screen)")

    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored, "stty -g differs after quitting")
  }

  @Test func rShowsTheReviewEnterFollowsItsEvidenceAndTShowsTheTimeline() throws {
    let tmux = try session(width: 120, height: 40)
    try tmux.waitFor { $0.contains("Citation") }
    try tmux.send("r")
    var screen = try tmux.waitFor { $0.contains("Claims (") }
    for part in ["Galustian C", "Expert Opin Biol Ther.", "2004;4(12):1963-70", "PMID 15571458", "✓ held", "~ refined", "s/r/c"] {
      #expect(screen.contains(part), "\(part) missing:\n\(screen)")
    }
    try tmux.send("Enter")
    screen = try tmux.waitFor { $0.contains("Supports (") }
    #expect(screen.contains("Review › claim 1/"), "\(screen)")
    #expect(screen.contains("Verdict:"), "\(screen)")
    // The first item of the first claim is its oldest: the 1957 launch, an event.
    try tmux.send("Enter")
    screen = try tmux.waitFor { $0.contains("Event · 1957") }
    #expect(screen.contains("Contergan"), "\(screen)")
    try tmux.send("BSpace")
    screen = try tmux.waitFor { $0.contains("Review › claim 1/") }
    #expect(screen.contains("Supports ("), "\(screen)")
    try tmux.send("q")
    try tmux.waitFor { $0.contains("Mechanisms") && $0.contains("Citation") }
    try tmux.send("t")
    // The whole first screen, not a half-painted one.
    screen = try tmux.waitFor { $0.contains("Timeline ·") && $0.contains("── 2004-12") && $0.contains("▲2004") }
    #expect(screen.contains("1957-10-01"), "\(screen)")
    #expect(screen.contains("── 2004-12 · review: Galustian C"), "\(screen)")
    #expect(screen.contains("▲2004 review"), "\(screen)")
    try tmux.send("q")
    try tmux.waitFor { $0.contains("Mechanisms") }
    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored, "stty -g differs after quitting")
  }

  @Test func threeMarkedDrugsCompareAsATableThatReachesSafetyOnTheFirstScreen() throws {
    let tmux = try session(width: 120, height: 40)
    try tmux.waitFor { $0.contains("Citation") }
    try tmux.send("Space", "j", "Space", "j", "Space")
    try tmux.waitFor { $0.contains("3 marked") }
    try tmux.send("c")
    let needed = ["Efficacy · ", "Safety · ", "Thalidomide", "Lenalidomide", "Pomalidomide", "Thrombocytopenia", "Second primary"]
    var screen = try tmux.waitFor { screen in needed.allSatisfy { screen.contains($0) } }
    for text in needed { #expect(screen.contains(text), "the first screen lacks \(text):\n\(screen)") }
    // Down to relapsed/refractory myeloma, Enter: its studies and sources, drug by drug.
    try tmux.send("j", "Enter")
    screen = try tmux.waitFor { $0.contains("› Relapsed/refractory myeloma") && $0.contains("MM-010") }
    for study in ["Arkansas phase 2", "MM-010", "MM-003"] { #expect(screen.contains(study), "\(study) missing:\n\(screen)") }
    #expect(screen.contains("[1]"), "\(screen)")
    try tmux.send("BSpace")
    screen = try tmux.waitFor { $0.contains("· summary") }
    #expect(screen.contains("Safety · "), "\(screen)")
    try quitFromAView(tmux)
  }

  @Test func slashThenTabFindsAnAuthorAndATrialName() throws {
    let tmux = try session(width: 120, height: 40)
    try tmux.waitFor { $0.contains("Citation") }
    try tmux.send("/", "Hideshima", "Tab")
    var screen = try tmux.waitFor { $0.contains("Search · “Hideshima”") && $0.contains("Sources (") }
    try tmux.send("Enter")
    screen = try tmux.waitFor { $0.contains("Hideshima T") && $0.contains("Cited for") }
    #expect(screen.contains("Blood"), "\(screen)")
    try tmux.send("q", "/", "MM-003", "Tab")
    screen = try tmux.waitFor { $0.contains("Search · “MM-003”") && $0.contains("Efficacy (") }
    #expect(screen.contains("Pomalidomide · MM-003"), "\(screen)")
    try quitFromAView(tmux)
  }

  @Test func backspaceAndBracketRetraceFollowedLinksAndHelpFitsAt80x24() throws {
    let tmux = try session()
    try tmux.waitFor { $0.contains("Citation") }
    // Lenalidomide → its matrix row (Tab) → the TNF-α cell's evidence → its first source in full.
    try tmux.send("j", "Tab", "Enter", "Enter")
    // A source in full: its pane title names it by author and year, no longer the cell.
    let onSource = { (screen: String) in screen.contains("━ Citation · ") && !screen.contains("Citation · Lenalidomide") }
    var screen = try tmux.waitFor(5, onSource)
    #expect(onSource(screen), "\(screen)")
    try tmux.send("BSpace")
    screen = try tmux.waitFor { $0.contains("Citation · Lenalidomide × TNF-α") }
    try tmux.send("BSpace")
    screen = try tmux.waitFor { $0.contains("┏━ Mechanisms") }
    try tmux.send("]")
    screen = try tmux.waitFor { $0.contains("┏━ Citation · Lenalidomide × TNF-α") }
    try tmux.send("]")
    screen = try tmux.waitFor(5, onSource)
    #expect(onSource(screen), "forward to the source again:\n\(screen)")
    // ? at 80×24: the keys inside one frame, no description cut at the edge.
    try tmux.send("?")
    // The whole overlay: its title, its first group, its bottom edge and the status line below it.
    screen = try tmux.waitFor {
      $0.contains("Keys · j/k scroll · q closes") && $0.contains("Everywhere") && $0.contains("┗") && $0.contains("q close help")
    }
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(!screen.contains("┏┏") && !screen.contains("┃┃"), "two left borders:\n\(screen)")
    for line in lines where line.hasPrefix("┃") { #expect(line.hasSuffix("┃"), "a line runs past the frame: \(line)") }
    // q closes help, q closes the opened source (back to the cell), Q quits from there.
    try tmux.send("q", "q")
    screen = try tmux.waitFor { $0.contains("Citation · Lenalidomide × TNF-α") }
    #expect(screen.contains("Citation · Lenalidomide × TNF-α"), "q went back from the source:\n\(screen)")
    try tmux.send("Q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored)
  }

  @Test func eWritesMarkdownAndBibTeXByTheNamesEnding() throws {
    let tmux = try session(width: 120, height: 40)
    try tmux.waitFor { $0.contains("Citation") }
    // The matrix as Markdown (Tab once: .md), then its sources as BibTeX (a typed .bib name).
    try tmux.send("Tab", "e", "Tab", "Enter")
    try tmux.waitFor { $0.contains("Wrote imid-matrix-") && $0.contains(".md") }
    try tmux.send("e", "C-u")
    try tmux.type("refs.bib")
    try tmux.send("Enter")
    try tmux.waitFor { $0.contains("Wrote refs.bib") }
    try tmux.send("e", "C-u")
    try tmux.type("slides.docx")
    try tmux.send("Enter")
    let screen = try tmux.waitFor { $0.contains("Unknown ending") }
    #expect(screen.contains(".txt .md .csv .json .bib .ris or .csl.json"), "\(screen)")
    try tmux.send("Escape", "q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: tmux.directory.path)) ?? []
    let markdown = try #require(files.first { $0.hasPrefix("imid-matrix-") && $0.hasSuffix(".md") })
    let md = try String(contentsOf: tmux.directory.appendingPathComponent(markdown), encoding: .utf8)
    #expect(md.hasPrefix("## ") && md.contains("| Drug |"), "\(md.prefix(300))")
    let bib = try String(contentsOf: tmux.directory.appendingPathComponent("refs.bib"), encoding: .utf8)
    #expect(bib.contains("@article{"), "\(bib.prefix(300))")
    #expect(!files.contains("slides.docx"))
  }

  @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
    let tmux = try session()
    try tmux.waitFor { $0.contains("Citation") }
    try tmux.send("C-c")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored)
  }

  @Test func aTinyTerminalAndResizesNeverBreakIt() throws {
    let tmux = try session(width: 20, height: 6)
    var screen = try tmux.waitFor { $0.contains("Drugs") }
    #expect(screen.contains("[Drugs]"), "\(screen)")
    try tmux.resize(width: 40, height: 12)
    screen = try tmux.waitFor { $0.contains("[Drugs] Mechanisms") }
    #expect(screen.contains("[Drugs] Mechanisms"), "\(screen)")
    try tmux.resize(width: 12, height: 4)
    screen = try tmux.waitFor { $0.contains("Terminal") }
    #expect(screen.contains("Terminal"), "\(screen)")
    try tmux.resize(width: 120, height: 40)
    screen = try tmux.waitFor { $0.contains("Mechanisms") && $0.contains("Citation") }
    #expect(screen.contains("renders Galustian"), "\(screen)")
    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored)
  }

  /// A storm of resizes, down to 1×1 and up to 400×150, with keys typed between them: the
  /// browser keeps up, lands on the right layout, and exits cleanly.
  @Test func aResizeStormDownToOneByOneNeverBreaksIt() throws {
    let tmux = try session()
    try tmux.waitFor { $0.contains("Citation") }
    let sizes = [(1, 1), (400, 150), (2, 1), (1, 3), (19, 5), (80, 24), (1, 1), (3, 2), (250, 80), (20, 6), (1, 1)]
    for (round, (width, height)) in (sizes + sizes.reversed()).enumerated() {
      try tmux.resize(width: width, height: height)
      try tmux.send(["j", "Tab", "k", "G", "g"][round % 5])
    }
    try tmux.resize(width: 1, height: 1)
    let tiny = try tmux.waitFor { $0.trimmingCharacters(in: .whitespacesAndNewlines) == "…" }
    #expect(tiny.trimmingCharacters(in: .whitespacesAndNewlines) == "…", "a 1×1 terminal shows an ellipsis: \(tiny)")
    try tmux.resize(width: 80, height: 24)
    let screen = try tmux.waitFor { $0.contains("Mechanisms") && $0.contains("Citation") }
    #expect(screen.contains("Drugs"), "\(screen)")
    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored)
  }

  /// A catalogue of `count` fictional drugs, over the size at which the browser opens on a
  /// preview while the file loads; `broken` adds an error at the very end of the file.
  func largeCatalogue(count: Int, broken: Bool = false) throws -> URL {
    let summary = String(repeating: "A fictional drug, generated to make the file large. ", count: 14)
    let drugs = (0..<count).map { #"{"id": "d\#($0)", "name": "Fictamide \#($0)", "summary": "\#(summary)", "cite": ["c0"]}"# }
    let mechanism = broken ? #"{"id": "m0"}"# : #"{"id": "m0", "name": "A mechanism"}"#
    let text = #"{"title": "Large", "drugs": ["# + drugs.joined(separator: ",\n") + #"], "mechanisms": ["# + mechanism
      + #"], "citations": [{"id": "c0", "title": "A fictional source", "year": 2001}]}"#
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("imid-large-\(UUID().uuidString).json")
    try text.write(to: url, atomically: true, encoding: .utf8)
    #expect(text.utf8.count > 4 << 20, "large enough to load in the background")
    return url
  }

  /// The preview and the swap to the whole catalogue, in a real terminal. The load usually
  /// ends before G arrives, so keys typed while loading are tested in the pure harness
  /// (BrowserLoadingTests), where the load's end is a message the test sends.
  @Test func aLargeCatalogueOpensOnAPreviewThenOnTheWholeCatalogue() throws {
    let url = try largeCatalogue(count: 6_000)
    defer { try? FileManager.default.removeItem(at: url) }
    let tmux = try session(arguments: "browse --catalog \"\(url.path)\"")
    try tmux.waitFor { $0.contains("Fictamide 0") }
    try tmux.send("G")
    let screen = try tmux.waitFor(15) { $0.contains("6000/6000") }
    #expect(screen.contains("›Fictamide 5999"), "G, typed at any time, reaches the last drug:\n\(screen)")
    #expect(!screen.contains("Loading"))
    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored)
  }

  @Test func aLargeBrokenCatalogueIsRefusedAfterItsPreviewWithTheTerminalRestored() throws {
    let url = try largeCatalogue(count: 6_000, broken: true)
    defer { try? FileManager.default.removeItem(at: url) }
    let tmux = try session(arguments: "browse --catalog \"\(url.path)\" 2> errors")
    let result = try tmux.finish()
    #expect(result.status == "65")
    #expect(result.restored)
    let errors = tmux.waitForFile("errors") ?? ""
    #expect(errors == "imid: \(url.path): mechanisms[0]: missing required field 'name'\n", "\(errors)")
  }

  @Test func exportingTheMatrixWritesEveryColumnEvenWhenTheScreenIsSmall() throws {
    let tmux = try session(width: 60, height: 16)
    try tmux.waitFor { $0.contains("Drugs") }
    try tmux.send("Tab", "e")
    var screen = try tmux.waitFor { $0.contains("Export to: imid-matrix-") }
    #expect(screen.contains("Export to: imid-matrix-"), "\(screen)")
    try tmux.send("Enter")
    screen = try tmux.waitFor { $0.contains("Wrote ") }
    #expect(screen.contains("Wrote imid-matrix-") && screen.contains(".txt · 6 drugs × 9 mechanisms"), "\(screen)")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: tmux.directory.path)) ?? []
    let export = files.first { $0.hasPrefix("imid-matrix-") && $0.hasSuffix(".txt") }
    #expect(export != nil, "\(files)")
    if let export {
      let text = try String(contentsOf: tmux.directory.appendingPathComponent(export), encoding: .utf8)
      for column in ["TNF-α", "Co-stim", "Angio", "Anti-MM", "NK", "Treg", "CRBN", "References", "PMID 12649301"] {
        #expect(text.contains(column), "export lacks \(column)")
      }
      // Exporting again asks before replacing.
      try tmux.send("e", "Enter")
      screen = try tmux.waitFor { $0.contains("Replace it? (y/n)") }
      #expect(screen.contains("exists. Replace it? (y/n)"), "\(screen)")
      try tmux.send("n")
      screen = try tmux.waitFor { $0.contains("Not replaced") }
      #expect(screen.contains("Not replaced"))
    }
    try tmux.send("q")
    #expect(try tmux.finish().status == "0")
  }


  /// Issue 19 in a real terminal: q from an opened source goes back to the panes with the
  /// marks kept (it quits only at the top), and G in the comparison's details reaches the end
  /// of its reference list.
  @Test func qFromAnOpenedSourceKeepsTheMarksAndGReachesTheReferences() throws {
    let tmux = try session()
    try tmux.waitFor { $0.contains("Citation") }
    try tmux.send("Space", "j", "Space")
    var screen = try tmux.waitFor { $0.contains("●Thalidomide") && $0.contains("●Lenalidomide") }
    // Lenalidomide's matrix row, its TNF-α cell, the cell's first source in full.
    try tmux.send("Tab", "Enter", "Enter")
    let onSource = { (screen: String) in screen.contains("━ Citation · ") && !screen.contains("Citation · Lenalidomide") }
    screen = try tmux.waitFor(5, onSource)
    #expect(onSource(screen), "\(screen)")
    try tmux.send("q")
    screen = try tmux.waitFor { $0.contains("Citation · Lenalidomide × TNF-α") }
    #expect(screen.contains("●Thalidomide") && screen.contains("●Lenalidomide"), "marks kept after q:\n\(screen)")
    // The two marked drugs compared; Enter on the relapsed-myeloma row (eleven results, more
    // than a screen) opens its details; G goes to the end: the reference list.
    try tmux.send("c")
    screen = try tmux.waitFor { $0.contains("Compare · Thalidomide · Lenalidomide · summary") && $0.contains("│ —") }
    try tmux.send("j", "Enter")
    screen = try tmux.waitFor { $0.contains("▸ Relapsed/refractory") }
    #expect(!screen.contains("References"), "the row's details start at the top:\n\(screen)")
    try tmux.send("G")
    screen = try tmux.waitFor { screen in
      !screen.contains("▸ Relapsed/refractory") && screen.split(separator: "\n").dropFirst().dropLast().contains { $0.hasPrefix("[") }
    }
    let body = screen.split(separator: "\n").dropFirst().dropLast()
    #expect(body.contains { $0.hasPrefix("[") }, "G shows the reference list's end:\n\(screen)")
    #expect(!screen.contains("▸ Relapsed/refractory"), "G left the top of the details:\n\(screen)")
    try tmux.send("Q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored)
  }

  @Test func markTwoDrugsCompareThemAndOpenACellsSource() throws {
    let tmux = try session()
    try tmux.waitFor { $0.contains("Citation") }
    try tmux.send("Space", "j", "Space")
    var screen = try tmux.waitFor { $0.contains("2 marked") }
    #expect(screen.contains("●Thalidomide") && screen.contains("●Lenalidomide"), "\(screen)")
    try tmux.send("c")
    // Wait for the whole first screen, not just its title: tmux may show a half-painted frame.
    let firstScreen = ["Compare · Thalidomide · Lenalidomide · summary", "Efficacy ·", "Erythema nodosum", "│ —"]
    screen = try tmux.waitFor { screen in firstScreen.allSatisfy { screen.contains($0) } }
    for text in firstScreen {
      #expect(screen.contains(text), "compare lacks \(text):\n\(screen)")
    }
    // Enter on the first row: its results in full; Enter again: the first cell's source.
    try tmux.send("Enter")
    screen = try tmux.waitFor { $0.contains("› Erythema nodosum leprosum") && $0.contains("▸ Erythema nodosum leprosum") }
    #expect(screen.contains("not reported"), "\(screen)")
    try tmux.send("Enter")
    // The first cell (thalidomide in ENL) rests on the FDA's 1998 notice, which has no PMID or
    // DOI: wait for that source itself.
    screen = try tmux.waitFor { $0.contains("Citation") && $0.contains("FDA approves thalidomide") }
    #expect(screen.contains("Citation") && screen.contains("FDA approves thalidomide"), "\(screen)")
    try tmux.send("BSpace", "BSpace")
    screen = try tmux.waitFor { $0.contains("· summary") }
    try tmux.send("q")
    screen = try tmux.waitFor { $0.contains("┏━ Drugs") || $0.contains("┌─ Drugs") }
    #expect(screen.contains("Mechanisms"), "q in the compare view returns to the panes:\n\(screen)")
    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored)
  }
}
