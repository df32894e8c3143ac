import Foundation
import IMiDCatalogData
import IMiDCore
import Testing

/// BibTeX and RIS exports read back by independent parsers (Python's bibtexparser and rispy,
/// installed by `scripts/test-deps.sh`, which `make test` runs): every author must come back
/// as the surname and given names we meant, every entry must survive, titles intact.
@Suite struct ExportRoundTripTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let python = root.appendingPathComponent(".build/pyenv/bin/python")
  static let script = root.appendingPathComponent("Tests/IMiDCoreTests/Fixtures/roundtrip.py")

  /// One author as a parser read it: surname (with particle), given names, suffix.
  struct Name: Equatable, CustomStringConvertible {
    var surname: String, given: String, suffix = ""
    var description: String { "\(surname) / \(given)" + (suffix.isEmpty ? "" : " / \(suffix)") }
  }

  /// Citations with the odd names the catalogue format allows, and what each must come back as.
  static let oddNames: [(String, Name?)] = [
    ("Corral LG", Name(surname: "Corral", given: "L. G.")), ("van der Berg A", Name(surname: "van der Berg", given: "A.")),
    ("de Souza MC", Name(surname: "de Souza", given: "M. C.")), ("Kingsford Smith D", Name(surname: "Kingsford Smith", given: "D.")),
    ("Smith-Jones AB", Name(surname: "Smith-Jones", given: "A. B.")), ("Krönke J", Name(surname: "Krönke", given: "J.")),
    ("Dupont J-P", Name(surname: "Dupont", given: "J.-P.")), ("Smith J Jr", Name(surname: "Smith", given: "J.", suffix: "Jr")),
    ("O'Brien S", Name(surname: "O'Brien", given: "S.")), ("Ramos y Cajal S", Name(surname: "Ramos y Cajal", given: "S.")),
    ("World Health Organization", Name(surname: "World Health Organization", given: "")),
    ("Research and Development Group", Name(surname: "Research and Development Group", given: "")),
    ("Celgene", Name(surname: "Celgene", given: "")), ("FDA", Name(surname: "FDA", given: "")),
    ("Corral, Laura G.", Name(surname: "Corral", given: "Laura G.")), ("", nil),
  ]

  static var oddCitations: [Citation] {
    var a = Citation(id: "odd names", title: "Odd {names & 50% $x_1$ #1 ~ ^ \\ Krönke", year: 1800)
    a.authors = oddNames.map(\.0) + ["et al."]
    a.journal = "J {Odd}"
    a.pages = "-"
    var b = Citation(id: "odd-pages", title: "}", year: 2026)
    b.authors = ["et al."]
    b.pages = ""
    b.journal = ""
    var c = Citation(id: "range", title: "Range", year: 2000)
    c.pages = "1345–50"
    c.authors = ["Mark T"]
    return [a, b, c]
  }

  @Test func oddNamesComeBackAsSurnameAndGivenNames() throws {
    let parsed = try Self.roundTrip(Self.oddCitations)
    let expected = Self.oddNames.compactMap(\.1)
    #expect(parsed.bibtex.map(\.key) == ["oddnames", "odd-pages", "range"])
    #expect(parsed.bibtex.first?.authors == expected + [Name(surname: "others", given: "")])
    #expect(parsed.bibtex.first?.title == "Odd {names & 50% $x_1$ #1 ~ ^ \\ Krönke")
    #expect(parsed.bibtex.dropFirst().first?.title == "}")
    #expect(parsed.bibtex.last?.authors == [Name(surname: "Mark", given: "T.")])
    #expect(parsed.ris.map(\.id) == ["odd names", "odd-pages", "range"])
    #expect(parsed.ris.first?.authors == expected)
    #expect(parsed.ris.map(\.pages) == [[nil, nil], [nil, nil], ["1345", "50"]])
  }

  @Test func theBuiltInCatalogueRoundTrips() throws {
    let catalog = try CatalogLoader.load(BuiltinCatalog.bytes, source: "builtin", currentYear: 2026).catalog
    let citations = Array(catalog.citations)
    let parsed = try Self.roundTrip(citations)
    #expect(parsed.bibtex.count == citations.count && parsed.ris.count == citations.count)
    for (index, citation) in citations.enumerated() where index < parsed.bibtex.count && index < parsed.ris.count {
      // Each catalogue author "Corral LG" must come back as surname "Corral", given "L. G.":
      // written back MEDLINE-style from what the parser read, it is the catalogue's text again.
      let authors = citation.authors.filter { $0 != "et al." }
      let bibtex = parsed.bibtex[index].authors.filter { $0.surname != "others" }
      #expect(bibtex.map(Self.medline) == authors, "\(citation.id) BibTeX")
      #expect(parsed.ris[index].authors.map(Self.medline) == authors, "\(citation.id) RIS")
      #expect(bibtex.allSatisfy { !$0.given.isEmpty }, "\(citation.id): a person read as an organisation")
      #expect(parsed.ris[index].title == citation.title, "\(citation.id)")
    }
    let corral = parsed.ris.flatMap(\.authors).first { $0.surname == "Corral" }
    #expect(corral == Name(surname: "Corral", given: "L. G."))
    #expect(parsed.bibtex.flatMap(\.authors).contains(Name(surname: "San Miguel", given: "J. F.")))
  }

  /// `Corral` + `L. G.` → `Corral LG`.
  static func medline(_ name: Name) -> String {
    name.given.isEmpty ? name.surname : name.surname + " " + name.given.filter { $0 != "." && $0 != " " }
  }

  // MARK: - Running the parsers

  struct BibTeXEntry { var key: String, title: String, authors: [Name] }
  struct RISEntry { var id: String, title: String, pages: [String?], authors: [Name] }

  static func roundTrip(_ citations: [Citation]) throws -> (bibtex: [BibTeXEntry], ris: [RISEntry]) {
    guard FileManager.default.isExecutableFile(atPath: python.path) else {
      Issue.record("the parsers' venv is missing (\(python.path)): run `make test` (or scripts/test-deps.sh) first")
      throw CancellationError()
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("imid-roundtrip-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let bib = folder.appendingPathComponent("export.bib"), ris = folder.appendingPathComponent("export.ris")
    try Data(BibTeXWriter.document(citations).utf8).write(to: bib)
    try Data(RISWriter.document(citations).utf8).write(to: ris)
    let process = Process()
    process.executableURL = python
    process.arguments = [script.path, bib.path, ris.path]
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0, let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      Issue.record("roundtrip.py failed (\(process.terminationStatus)): \(message)")
      throw CancellationError()
    }
    func names(_ value: Any?) -> [Name] {
      ((value as? [[String]]) ?? []).map { Name(surname: $0[0], given: $0.count > 1 ? $0[1] : "", suffix: $0.count > 2 ? $0[2] : "") }
    }
    let bibtex = ((json["bibtex"] as? [[String: Any]]) ?? []).map {
      BibTeXEntry(key: $0["key"] as? String ?? "", title: $0["title"] as? String ?? "", authors: names($0["authors"]))
    }
    let risEntries = ((json["ris"] as? [[String: Any]]) ?? []).map {
      RISEntry(id: $0["id"] as? String ?? "", title: $0["title"] as? String ?? "",
        pages: [$0["start"] as? String, $0["end"] as? String], authors: names($0["authors"]))
    }
    return (bibtex, risEntries)
  }
}
