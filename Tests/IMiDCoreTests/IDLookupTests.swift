import Foundation
import IMiDCore
import Testing

/// Entries are found by id through the catalogue's own hash map (`IDMap`): every id of a long
/// table, of any length and script, finds its own entry; an id not in the table finds nothing;
/// and a repeated id is reported with the first entry that had it.
@Suite struct IDLookupTests {
  /// Ids of every length around the 8-byte blocks the hash reads and the 15 bytes a `String`
  /// keeps inline, in several scripts, with ids that differ only in their last byte.
  static func id(_ number: Int) -> String {
    let stems = ["d", "drug-", "lénalidomide-", "レナリドミド", "x" + String(repeating: "y", count: 30), "α"]
    return stems[number % stems.count] + String(number) + String(repeating: "z", count: number % 9)
  }

  static func catalogue(ids: [String]) -> [UInt8] {
    let drugs = ids.enumerated().map { #"{"id": "\#($1)", "name": "Drug \#($0)"}"# }
    let effects = ids.enumerated().filter { $0.offset % 3 == 0 }.map {
      #"{"drug": "\#($0.element)", "mechanism": "m", "grade": 1, "cite": ["c"]}"#
    }
    return Array((#"{"citations": [{"id": "c", "title": "T", "year": 2004, "kind": "review"}], "#
      + #""drugs": ["# + drugs.joined(separator: ",") + #"], "mechanisms": [{"id": "m", "name": "M"}], "#
      + #""effects": ["# + effects.joined(separator: ",") + "]}").utf8)
  }

  @Test(arguments: [5, 20_000])  // a few ids, and enough to grow the table many times and read in parallel
  func everyIDFindsItsOwnEntry(count: Int) throws {
    let ids = (0..<count).map(Self.id)
    let catalog = try CatalogLoader.load(Self.catalogue(ids: ids), source: "ids.json", currentYear: 2026).catalog
    for (position, id) in ids.enumerated() {
      #expect(catalog.drugIndex(id: id) == position, "\(id)")
      #expect(catalog.drug(id: id)?.name == "Drug \(position)")
    }
    for missing in ["", "d", "D0", ids[0] + "!", String(ids[count - 1].dropLast()), "drug-" + String(count)] {
      #expect(catalog.drugIndex(id: missing) == nil, "\(missing)")
    }
    #expect(catalog.mechanismIndex(id: "m") == 0 && catalog.citationIndex(id: "c") == 0)
    // Every third drug's effect found its drug: the matrix has its cell.
    for position in stride(from: 0, to: count, by: 3) {
      #expect(catalog.effect(drugIndex: position, mechanismIndex: 0)?.drug == ids[position], "\(ids[position])")
    }
  }

  /// A catalogue built in code indexes its ids one at a time, its map growing as it goes; a
  /// repeated id keeps its first entry.
  @Test func aCatalogueBuiltInCodeFindsEveryDrugByID() {
    var ids = (0..<5_000).map(Self.id)
    ids[4_000] = ids[1_234]
    let catalog = Catalog(drugs: ids.enumerated().map { Drug(id: $1, name: "Drug \($0)") })
    for (position, id) in ids.enumerated() where position != 4_000 {
      #expect(catalog.drugIndex(id: id) == position, "\(id)")
    }
    #expect(catalog.drugIndex(id: ids[1_234]) == 1_234)
    #expect(catalog.drugIndex(id: "d") == nil && catalog.drugIndex(id: "") == nil)
  }

  @Test func aRepeatedIDIsReportedWithItsFirstEntry() {
    var ids = (0..<300).map(Self.id)
    ids[250] = ids[17]
    ids[299] = ids[17]
    let messages: [String]
    do {
      _ = try CatalogLoader.load(Self.catalogue(ids: ids), source: "ids.json", currentYear: 2026)
      messages = []
    } catch {
      messages = error.diagnostics.map(\.description)
    }
    #expect(messages == [
      "ids.json: drugs[250].id: duplicate id '\(ids[17])' (first used at drugs[17])",
      "ids.json: drugs[299].id: duplicate id '\(ids[17])' (first used at drugs[17])",
    ])
  }
}
