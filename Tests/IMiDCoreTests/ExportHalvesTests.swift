import IMiDCore
import Testing

/// A drug list of 8,192 drugs or more is laid out on two threads (measured in halves, then
/// written in halves, references too). The text must be the list laid out whole, in one go,
/// by `TextTable.render` and `ReferenceList.render`: the same widths, the same source numbers
/// (the second half's sources numbered after the first half's), the same lines in order.
@Suite struct ExportHalvesTests {
  /// 12,000 drugs citing sources in a scattered order, the second half also sources the first
  /// half never cites (with wider Sources cells); names of every length (some wrap), some not
  /// ASCII, brands on some.
  static func catalogue() throws -> Catalog {
    var json = #"{"title":"Long list","mechanisms":[{"id":"m0","name":"M0"}],"citations":["#
    for c in 0..<3000 {
      json += (c > 0 ? "," : "") + #"{"id":"c\#(c)","title":"Source number \#(c) of a long list\#(c % 7 == 0 ? ", with a title long enough to wrap onto a second line of the list" : "")","year":2001}"#
    }
    json += #"],"drugs":["#
    for d in 0..<12_000 {
      let name = (d % 97 == 0 ? "Thalidomide-α " : "Drug ") + String(repeating: "x", count: d % 23) + " \(d)"
        + (d % 50 == 0 ? " with a name long enough to wrap in its column" : "")
      // The first half cites sources 0-1,499; the second half new ones too, and more of them.
      let sources = d < 6000 ? [(d * 7919) % 1500, (d * 31) % 1500] : [1500 + (d * 7919) % 1500, d % 1500, 1500 + (d * 31) % 1500]
      let cites = sources.map { #""c\#($0)""# }.joined(separator: ",")
      let brands = d % 3 == 0 ? #","brands":["Brand\#(d)","Other"]"# : ""
      json += (d > 0 ? "," : "") + #"{"id":"d\#(d)","name":"\#(name)","codes":["X-\#(d)"]\#(brands),"generation":"gen \#(d % 4)","cite":[\#(cites)]}"#
    }
    json += #"],"effects":[],"efficacy":[],"safety":[]}"#
    return try CatalogLoader.load(Array(json.utf8), source: "long.json", currentYear: 2026).catalog
  }

  @Test func aLongListLaidOutOnTwoThreadsIsTheListLaidOutWhole() throws {
    let catalog = try Self.catalogue()
    for width in [80, 132] {
      var refs = ReferenceList()
      let rows = catalog.drugs.map { drug in
        [drug.name, drug.codes.joined(separator: ", "), drug.brands.joined(separator: ", "), drug.generation ?? "", "",
         refs.key(for: drug.cite.reduce(into: []) { unique, id in if !unique.contains(id) { unique.append(id) } })]
      }
      let table = TextTable(
        columns: [.init("Drug", minWidth: 8), .init("Code names", minWidth: 6), .init("Brands", minWidth: 6),
          .init("Generation", minWidth: 6), .init("First approved", minWidth: 7), .init("Sources", minWidth: 5)],
        rows: rows)
      let whole = table.render(width: width) + [""] + refs.render(catalog, width: width)
      let streamed = DrugListExport(catalog).text(width: width)
      #expect(streamed.count == whole.count)
      #expect(streamed == whole)
      if let first = streamed.indices.first(where: { $0 < whole.count && streamed[$0] != whole[$0] }) {
        Issue.record("line \(first): \(streamed[first]) | \(whole[first])")
      }
      #expect(DrugListExport(catalog).sources == refs.ids)
      // Rows that wrap onto two lines, and names that are not ASCII, are among them.
      #expect(whole.count > 3 + 12_000 + 1 + 3 + 3000 && whole.contains { $0.contains("α") })
    }
  }
}
