import IMiDCore
import Testing

@Suite struct ExportTests {
  let catalog = BrowserHarness.catalog("mini.json")

  static let views: [(String, ExportView)] = [
    ("drugs", .drugs), ("matrix", .matrix), ("compare", .compare([0, 1, 2])),
    ("citation-cell", .citation(.cell(drug: 1, mechanism: 0))), ("citation-source", .citation(.citation("late2010"))),
    ("drug", .drug(1)),
  ]

  @Test(arguments: 0..<6)
  func goldenEveryFormat(viewIndex: Int) {
    let (name, view) = Self.views[viewIndex]
    for width in [80, 120] {
      let text = Exporter.export(catalog, view, format: .text, width: width).contents
      Snapshot.assert(text.components(separatedBy: "\n"), named: "export-\(name)-\(width)")
    }
    let ascii = Exporter.export(catalog, view, format: .text, width: 80, ascii: true).contents
    Snapshot.assert(ascii.components(separatedBy: "\n"), named: "export-\(name)-ascii")
    #expect(ascii.unicodeScalars.allSatisfy { $0.isASCII }, "\(name) ASCII export holds non-ASCII")
    for format in [ExportFormat.md, .csv, .json, .bibtex, .ris, .cslJSON] {
      let contents = Exporter.export(catalog, view, format: format).contents
      Snapshot.assert(contents.components(separatedBy: "\n"), named: "export-\(name).\(format.rawValue)")
    }
  }

  @Test func theTextExportIsWhatTheScreenShows() {
    // The Citation pane's lines at the export's width are exactly the export's body.
    let document = DetailDocument.build(catalog, subject: .cell(drug: 1, mechanism: 0), width: 80)
    let export = Exporter.export(catalog, .citation(.cell(drug: 1, mechanism: 0)), format: .text, width: 80).contents
    #expect(export.contains(document.lines.map(\.text).joined(separator: "\n")))
    // The compare export is the summary the browser opens on, then the details it draws for
    // every row (numbering its sources on from the summary's).
    let comparison = Comparison.build(catalog, drugs: [0, 1])
    var references = ReferenceList()
    let summary = CompareSummaryLayout(catalog, CompareSummary(comparison), width: 80, references: &references)
    let compareText = Exporter.export(catalog, .compare([0, 1]), format: .text, width: 80).contents
    #expect(compareText.hasPrefix("Fictional test catalogue\n\n" + summary.text.joined(separator: "\n")))
    let layout = CompareLayout(catalog, comparison, width: 80, references: references).text.joined(separator: "\n")
    #expect(Exporter.export(catalog, .compare([0, 1]), format: .text, width: 80).contents.contains(layout))
  }

  @Test func theMatrixExportHoldsEveryColumnTheLegendAndReferences() {
    let text = Exporter.export(catalog, .matrix, format: .text, width: 80).contents
    for mechanism in catalog.mechanisms { #expect(text.contains(mechanism.header)) }
    #expect(text.contains("— none + weak ++ moderate +++ strong ? no evidence in this catalogue"))
    #expect(text.contains("References"))
    #expect(text.contains("[1] Doe J, Roe R, et al. A fictional review"))
  }

  @Test func csvRoundTripsAndJSONParses() throws {
    for (_, view) in Self.views {
      let rows = LookupAndFormatTests.parseCSV(Exporter.export(catalog, view, format: .csv).contents)
      #expect(rows.count >= 2)
      #expect(Set(rows.map(\.count)).count == 1, "ragged CSV")
      for format in [ExportFormat.json, .cslJSON] {
        _ = try JSONParser.parse(Array(Exporter.export(catalog, view, format: format).contents.utf8))
      }
    }
  }

  @Test func referenceFormatsCarryThePMIDAndDOI() {
    let view = ExportView.citation(.cell(drug: 1, mechanism: 0))
    let bibtex = Exporter.export(catalog, view, format: .bibtex).contents
    #expect(bibtex.contains("@article{rev2004,"))
    #expect(bibtex.contains("pmid = {1}") && bibtex.contains("doi = {10.0000/fict.1}"))
    let ris = Exporter.export(catalog, view, format: .ris).contents
    #expect(ris.contains("AN  - PMID:1\r\n") && ris.contains("DO  - 10.0000/fict.1\r\n"))
    #expect(ris.hasPrefix("TY  - JOUR\r\n") && ris.hasSuffix("ER  - \r\n"))
    let csl = Exporter.export(catalog, view, format: .cslJSON).contents
    #expect(csl.contains("\"PMID\": \"1\"") && csl.contains("\"DOI\": \"10.0000/fict.1\""))
  }

  @Test func bibtexKeysAreUniqueAndSpecialCharactersEscaped() {
    var a = Citation(id: "x y", title: "50% of {odd} & $weird_ #titles~", year: 2000)
    a.authors = ["Krönke J"]
    let b = Citation(id: "xy", title: "Second", year: 2001)
    let text = BibTeXWriter.document([a, b, b])
    #expect(text.contains("@misc{xy,"))
    #expect(text.contains("@misc{xy-2,"))
    #expect(text.contains("@misc{xy-3,"))
    #expect(text.contains("title = {{50\\% of \\textbraceleft{}odd\\textbraceright{} \\& \\$weird\\_ \\#titles\\~{}}}"))
    #expect(text.contains("author = {Krönke, J.}"))
  }

  @Test func noExportCarriesAnEscapeSequence() {
    var hostile = Citation(id: "h", title: "Title", year: 2000)
    hostile.summary = "evil \u{1B}]52;c;ZXZpbA==\u{07} and \u{1B}[2J"
    let drug = Drug(id: "d", name: "Drug \u{1B}[31mred")
    let evil = Catalog(drugs: [drug, Drug(id: "e", name: "E")], mechanisms: [Mechanism(id: "m", name: "M\u{9B}")],
      effects: [Effect(drug: "d", mechanism: "m", grade: .weak, cite: ["h"])], citations: [hostile])
    for view in [ExportView.drugs, .matrix, .compare([0, 1]), .citation(.cell(drug: 0, mechanism: 0)), .drug(0)] {
      for format in ExportFormat.allCases {
        let contents = Exporter.export(evil, view, format: format).contents
        #expect(!contents.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || (0x80...0x9F).contains($0.value) },
          "\(view) \(format)")
      }
    }
  }
}
