import IMiDCore
import Testing

@Suite struct LookupAndFormatTests {
  let catalog = BrowserHarness.catalog("mini.json")

  @Test func findsDrugsByIdNameCodeOrBrandIgnoringCase() {
    let lookup = DrugLookup(catalog)
    #expect(lookup.index(of: "beta") == 1)
    #expect(lookup.index(of: "BETAMIDE") == 1)
    #expect(lookup.index(of: "xx-2") == 1)
    #expect(lookup.index(of: "betex") == 1)
    #expect(lookup.index(of: "Be ta mide") == 1)
    #expect(lookup.index(of: "delta") == nil)
  }

  @Test func findsSourcesByIdPMIDOrDOIAndMechanismsByIdHeaderOrName() throws {
    let sources = CitationLookup(catalog)
    #expect(sources.citation(for: "rev2004")?.id == "rev2004")
    #expect(sources.citation(for: "REV2004")?.id == "rev2004")
    #expect(sources.citation(for: "2")?.id == "early2001")
    #expect(sources.citation(for: "doi:10.0000/FICT.2")?.id == "late2010")
    #expect(sources.citation(for: "10.0000/fict.1")?.id == "rev2004")
    #expect(sources.citation(for: "nope") == nil)
    #expect(sources.suggestion(for: "rev2005") == "rev2004")
    #expect(sources.suggestion(for: "zzzz") == nil)
    let mechanisms = MechanismLookup(catalog)
    let m1 = try #require(catalog.mechanisms.first)
    #expect(mechanisms.index(of: "M1") == 0)
    #expect(mechanisms.index(of: m1.header.uppercased()) == 0)
    #expect(mechanisms.index(of: m1.name.lowercased()) == 0)
    #expect(mechanisms.index(of: "no such") == nil)
  }

  @Test func suggestsTheClosestName() {
    let lookup = DrugLookup(catalog)
    #expect(lookup.suggestion(for: "betamid") == "Betamide")
    #expect(lookup.suggestion(for: "alphamdie") == "Alphamide")
    #expect(lookup.suggestion(for: "gamm") == "gamma")
    #expect(lookup.suggestion(for: "zzzzzzzz") == nil)
  }

  @Test func csvQuotesWhatNeedsQuoting() {
    #expect(CSVWriter.field("plain") == "plain")
    #expect(CSVWriter.field("a,b") == "\"a,b\"")
    #expect(CSVWriter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVWriter.field("esc\u{1B}[31m") == #"esc\e[31m"#)
    #expect(CSVWriter.document(header: ["a", "b"], rows: [["1", "x,y"]]) == "a,b\r\n1,\"x,y\"\r\n")
  }

  @Test func csvRoundTripsThroughAParser() {
    let text = Exporter.export(catalog, .matrix, format: .csv).contents
    let rows = Self.parseCSV(text)
    #expect(rows.first == ["drug", "mechanism", "grade", "grade_word", "year", "after_horizon", "note", "cite", "level"])
    #expect(rows.count == 1 + 4 * 7, "one row per cell, not-studied cells included")
    let betaM1 = rows.first { $0.first == "beta" && $0.dropFirst().first == "m1" }
    #expect(betaM1?[2] == "3")
    #expect(betaM1?[3] == "strong")
    let list = Self.parseCSV(Exporter.export(catalog, .drugs, format: .csv).contents)
    #expect(list.first == ["id", "name", "codes", "brands", "generation", "first_approval", "sources", "first_marketed"])
    #expect(list[3][1] == "Gammamide, a long fictional name")
  }

  /// `imid list/matrix --format json` and `imid export` share one shape per view: the matrix
  /// as rows of grades by mechanism id and as cells with their evidence.
  @Test func jsonOutputParsesBackAndEscapesControls() throws {
    let json = Exporter.export(catalog, .drugs, format: .json).contents
    let value = try JSONParser.parse(Array(json.utf8))
    guard case .object(let members) = value, case .array(let drugs)? = members.first(where: { $0.key == "drugs" })?.value,
      case .object(let first)? = drugs.first
    else {
      Issue.record("unexpected shape")
      return
    }
    #expect(drugs.count == 4)
    #expect(first.map(\.key).prefix(5) == ["id", "name", "codes", "brands", "generation"])
    #expect(JSONWriter.document(.string("a\u{1B}b\n")) == "\"a\\u001bb\\n\"\n")
    let matrix = try JSONParser.parse(Array(Exporter.export(catalog, .matrix, format: .json).contents.utf8))
    guard case .object(let top) = matrix, case .array(let rows)? = top.first(where: { $0.key == "rows" })?.value,
      case .object(let beta)? = rows.dropFirst().first,
      case .object(let grades)? = beta.first(where: { $0.key == "grades" })?.value,
      case .array(let cells)? = top.first(where: { $0.key == "cells" })?.value
    else {
      Issue.record("unexpected matrix shape")
      return
    }
    #expect(top.map(\.key) == ["view", "title", "horizon", "legend", "mechanisms", "rows", "cells", "references"])
    #expect(grades.first { $0.key == "m1" }?.value == .int(3))
    #expect(grades.first { $0.key == "m3" }?.value == .null)
    #expect(cells.count == 4 * 7)
  }

  /// A small RFC 4180 reader, independent of the writer.
  static func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = [], row: [String] = [], field = ""
    var quoted = false, index = text.startIndex
    while index < text.endIndex {
      let c = text[index]
      if quoted {
        if c == "\"" {
          let next = text.index(after: index)
          if next < text.endIndex, text[next] == "\"" { field.append("\""); index = next } else { quoted = false }
        } else { field.append(c) }
      } else if c == "\"" { quoted = true
      } else if c == "," { row.append(field); field = ""
      } else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = ""
      } else { field.append(c) }
      index = text.index(after: index)
    }
    return rows
  }
}
