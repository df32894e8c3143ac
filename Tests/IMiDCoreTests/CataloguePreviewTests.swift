import IMiDCore
import Testing

/// A large catalogue opens on a preview of its first drugs while the whole file loads.
@Suite struct CataloguePreviewTests {
  @Test func thePreviewHasTheTitleAndTheFirstDrugsOnly() throws {
    let bytes = Fixture.bytes("mini.json")
    let preview = try #require(CatalogLoader.preview(bytes, source: "mini.json", currentYear: 2026, drugLimit: 2))
    #expect(preview.title == "Fictional test catalogue")
    #expect(preview.drugs.map(\.name) == ["Alphamide", "Betamide"])
    #expect(preview.drugs[0].cite == ["rev2004"], "references are kept, unchecked")
    #expect(preview.mechanisms.isEmpty)
    let all = try #require(CatalogLoader.preview(bytes, source: "mini.json", currentYear: 2026, drugLimit: 500))
    #expect(all.drugs.count == 4)
  }

  @Test func noPreviewWhenTheStartIsBrokenOrHasNoDrugs() {
    for text in [#"{"title": "x" "drugs": []}"#, #"{"title": "x"}"#, #"[{"drugs": []}]"#, #"{"drugs": {}}"#, #"{"drugs": []}"#,
      "{\"drugs\": [{\"id\": \"a\", \"name\": \"\\u001b[2J\"}]}"]
    {
      #expect(CatalogLoader.preview(Array(text.utf8), source: "x", currentYear: 2026, drugLimit: 10)?.drugs.count == nil, "\(text)")
    }
    // Broken after the drugs: the preview still shows them (the full load will refuse the file).
    let late = #"{"drugs": [{"id": "a", "name": "A"}], "mechanisms": [}"#
    #expect(CatalogLoader.preview(Array(late.utf8), source: "x", currentYear: 2026, drugLimit: 10)?.drugs.count == 1)
  }

  @Test func theLoadingScreenShowsThePreviewAndSaysWhatIsLoading() throws {
    let preview = try #require(CatalogLoader.preview(Fixture.bytes("mini.json"), source: "mini.json", currentYear: 2026, drugLimit: 3))
    var state = BrowserState(catalog: preview, width: 80, height: 24)
    Browser.startLoading(&state, note: "Loading big.json (77 MB)…")
    let screen = BrowserView.render(state).lines
    Snapshot.assert(screen, named: "browser-80x24-loading")
    #expect(screen[23].contains("Loading big.json (77 MB)…"))
    #expect(screen.joined().contains("1/…"))
  }
}
