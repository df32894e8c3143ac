import IMiDCore
import Testing

/// Odd but valid catalogue values in the export writers: names split as reference managers
/// want them, page ranges read without trapping, spreadsheet formulas neutralised, Markdown
/// that stays Markdown.
@Suite struct ExportHardeningTests {
  @Test(arguments: [
    ("Corral LG", "Corral", "L. G.", "", ""), ("Galustian C", "Galustian", "C.", "", ""), ("Mark T", "Mark", "T.", "", ""),
    ("van der Berg A", "Berg", "A.", "van der", ""), ("de Souza MC", "Souza", "M. C.", "de", ""),
    ("San Miguel JF", "San Miguel", "J. F.", "", ""), ("Kingsford Smith D", "Kingsford Smith", "D.", "", ""),
    ("Smith-Jones AB", "Smith-Jones", "A. B.", "", ""), ("Krönke J", "Krönke", "J.", "", ""),
    ("Dupont J-P", "Dupont", "J.-P.", "", ""), ("Smith J Jr", "Smith", "J.", "", "Jr"),
    ("  Corral   LG ", "Corral", "L. G.", "", ""), ("Corral, Laura G.", "Corral", "Laura G.", "", ""),
    ("Corral, LG", "Corral", "L. G.", "", ""),
  ])
  func personsAreSplitIntoFamilyAndInitials(name: String, family: String, given: String, particle: String, suffix: String) {
    let person = PersonName.parse(name)
    #expect(person == PersonName(family: family, given: given, particle: particle, suffix: suffix), "\(name)")
  }

  @Test func organisationsSingleNamesAndBlanksAreNotSplit() {
    for name in ["Celgene", "FDA", "World Health Organization", "Celgene, Inc.", "Myeloma Trialists Group", "Smith ABCDE"] {
      #expect(PersonName.parse(name) == .literal(name), "\(name)")
    }
    for name in ["", "  ", "et al.", "et al", "Et Al."] { #expect(PersonName.parse(name) == nil, "\(name)") }
  }

  @Test func bibtexAndRISWriteLastCommaFirst() {
    var c = Citation(id: "c", title: "T", year: 2004)
    c.authors = ["Corral LG", "van der Berg A", "World Health Organization", "Ramos y Cajal S", "Smith J Jr", "", "et al."]
    let bibtex = BibTeXWriter.document([c])
    #expect(bibtex.contains(
      "author = {Corral, L. G. and van der Berg, A. and {World Health Organization} and {Ramos y Cajal}, S. and Smith, Jr, J. and others}"))
    let ris = RISWriter.document([c])
    #expect(ris.contains("AU  - Corral, L. G.\r\nAU  - van der Berg, A.\r\nAU  - World Health Organization\r\nAU  - Ramos y Cajal, S.\r\nAU  - Smith, J., Jr\r\nTI  - T\r\n"))
    let csl = CSLJSONWriter.document([c])
    #expect(csl.contains("\"family\": \"Berg\",\n        \"given\": \"A.\",\n        \"non-dropping-particle\": \"van der\""))
    #expect(csl.contains("\"literal\": \"World Health Organization\""))
  }

  @Test(arguments: [
    ("1345-50", "1345", "50"), ("I107–I113", "I107", "I113"), ("e1234", "e1234", nil), ("12-", "12", nil), ("-12", nil, "12"),
    ("-", nil, nil), ("", nil, nil), (" ", nil, nil), ("–", nil, nil), ("308,310-313", "308,310-313", nil), ("1-2-3", "1-2-3", nil),
    (" 12 - 15 ", "12", "15"), ("Abstract 6", "Abstract 6", nil),
  ] as [(String, String?, String?)])
  func pagesAreReadWithoutTrapping(pages: String, first: String?, last: String?) {
    let range = PageRange(pages)
    #expect(range.first == first && range.last == last, "\(pages)")
    var c = Citation(id: "c", title: "T", year: 2004)
    c.pages = pages
    let ris = RISWriter.document([c])
    #expect(ris.contains("SP  - ") == (first != nil) && ris.contains("EP  - ") == (last != nil), "\(pages)")
  }

  @Test func blankOptionalFieldsWriteNothing() {
    var c = Citation(id: "c", title: "T", year: 2004)
    c.journal = ""
    c.volume = " "
    c.authors = [""]
    let ris = RISWriter.document([c])
    #expect(ris == "TY  - GEN\r\nTI  - T\r\nPY  - 2004\r\nID  - c\r\nER  - \r\n")
    #expect(BibTeXWriter.document([c]) == "@misc{c,\n  title = {{T}},\n  year = {2004}\n}\n")
  }

  @Test func csvNeutralisesFormulasButNotNumbers() {
    for cell in ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "-", "+", "=HYPERLINK(\"x\")"] {
      #expect(CSVWriter.neutralised(cell).hasPrefix("'"), "\(cell)")
    }
    for cell in ["-12", "+3.5", "-0.5", "1e5", "-2.5E-3", ".5", "plain", "12-15", "", "a=b"] {
      #expect(!CSVWriter.neutralised(cell).hasPrefix("'"), "\(cell)")
    }
    #expect(CSVWriter.field("=1,2") == "\"'=1,2\"")
    // A tab is neutralised, and shown as a visible escape rather than written raw.
    #expect(CSVWriter.field("\t=1") == #"'\t=1"#)
    let rows = LookupAndFormatTests.parseCSV(CSVWriter.document(header: ["a"], rows: [["=cmd|' /C calc'!A0"]]))
    #expect(rows[1] == ["'=cmd|' /C calc'!A0"])
  }

  @Test func markdownEscapesWhatWouldBecomeMarkup() {
    #expect(MarkdownText.block("+ weak") == "\\+ weak")
    #expect(MarkdownText.block("+++ strong") == "+++ strong")
    #expect(MarkdownText.block("2003. A study") == "2003\\. A study")
    #expect(MarkdownText.block("---") == "\\---")
    #expect(MarkdownText.block("   # not code") == "\\# not code")
    #expect(MarkdownText.inline("a|b *c* [d](e) ~f~ <g> Study #") == "a\\|b \\*c\\* \\[d\\](e) \\~f\\~ \\<g\\> Study \\#")
  }

  @Test func theCitationMarkdownIsHeadingParagraphsAndAList() {
    let catalog = BrowserHarness.catalog("mini.json")
    let text = Exporter.export(catalog, .citation(.cell(drug: 1, mechanism: 0)), format: .md).contents
    let lines = text.components(separatedBy: "\n")
    #expect(lines.first?.hasPrefix("## ") == true)
    // No heading is empty or ends in a colon, and every heading stands between blank lines.
    for (index, line) in lines.enumerated() where line.hasPrefix("#") {
      #expect(line.drop { $0 == "#" }.trimmingPrefix(" ").count > 0 && !line.hasSuffix(":"), "\(line)")
      if index > 0 { #expect(lines[index - 1].isEmpty) }
      #expect(lines[index + 1].isEmpty)
    }
    #expect(text.contains("### Sources (2)\n\n1. Doe J, Roe R, et al."))
    #expect(text.contains("\n2. Poe E."))
    #expect(!text.contains("•"))
  }
}
