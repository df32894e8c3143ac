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
    let text = MatrixFormats.csv(catalog)
    let rows = Self.parseCSV(text)
    #expect(rows.first == ["drug", "m1", "m2", "m3", "m4", "m5", "m6", "m7"])
    #expect(rows.count == 5)
    #expect(rows[2] == ["beta", "3", "2", "", "", "", "", "3"])
    let list = Self.parseCSV(DrugListFormats.csv(catalog))
    #expect(list[3][1] == "Gammamide, a long fictional name")
  }

  @Test func jsonOutputParsesBackAndEscapesControls() throws {
    let json = DrugListFormats.json(catalog)
    let value = try JSONParser.parse(Array(json.utf8))
    guard case .object(let members) = value, case .array(let drugs)? = members.first(where: { $0.key == "drugs" })?.value else {
      Issue.record("unexpected shape")
      return
    }
    #expect(drugs.count == 4)
    #expect(JSONWriter.document(.string("a\u{1B}b\n")) == "\"a\\u001bb\\n\"\n")
    let matrix = try JSONParser.parse(Array(MatrixFormats.json(catalog).utf8))
    #expect(matrix.typeName == "an object")
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
