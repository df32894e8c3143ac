import Foundation
import IMiDCore
import Testing

/// A catalogue loaded from a file decodes its entries when read and keeps the large ones read
/// last: whatever the order of reads, each position gives its own entry.
@Suite struct EntryTableTests {
  @Test(arguments: [10, 5_000])  // small entries are never kept; 5 KB ones are
  func entriesReadInAnyOrderAreTheirOwn(summaryLength: Int) throws {
    let count = 600  // several times the table of kept entries, so positions share its slots
    let padding = String(repeating: "x", count: summaryLength)
    let drugs = (0..<count).map { #"{"id": "d\#($0)", "name": "Drug \#($0)", "summary": "Summary \#($0) \#(padding)"}"# }
    let text = #"{"drugs": ["# + drugs.joined(separator: ",") + #"], "mechanisms": [{"id": "m", "name": "M"}]}"#
    let catalog = try CatalogLoader.load(Array(text.utf8), source: "many.json", currentYear: 2026).catalog
    #expect(catalog.drugs.count == count)
    var order = Array(0..<count) + Array((0..<count).reversed())
    for step in stride(from: 0, to: count, by: 7) { order += [step, (step + 128) % count, step, (step + 256) % count, step] }
    for position in order {
      let drug = catalog.drugs[position]
      #expect(drug.name == "Drug \(position)" && drug.summary == "Summary \(position) \(padding)", "position \(position)")
      // Whole-table passes read past the kept entries: the same entry.
      #expect(catalog.drugs.uncached(position) == drug, "position \(position)")
    }
    let built = EntryTable(catalog.drugs.map { $0 })
    #expect((0..<count).allSatisfy { built.uncached($0) == catalog.drugs[$0] })
  }
}
