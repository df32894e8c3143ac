import IMiDCore
import Testing

/// Long tables (8,192 entries and more) are read on two threads: one reads the next chunk of
/// entries from the bytes while the other indexes the chunk before. These load catalogues long
/// enough for that both ways and require the same outcome: every message in the same order for
/// a broken one (errors in every chunk, entries only the general decoder reads, duplicates
/// across chunks), and the same entries for a good one.
@Suite struct ParallelLoadTests {
  /// A catalogue of `drugs` drugs and three effects each; `broken` scatters problems through it.
  static func catalogue(drugs: Int, broken: Bool) -> [UInt8] {
    var json = #"{"title":"Long","mechanisms":[{"id":"m0","name":"M0"},{"id":"m1","name":"M1"},{"id":"m2","name":"M2"}],"#
    json += #""citations":[{"id":"c0","title":"A source","year":2001}],"drugs":["#
    for d in 0..<drugs {
      if d > 0 { json += "," }
      // Every 997th drug repeats an earlier id; every 1,499th has a key only the general decoder reads.
      let id = broken && d % 997 == 996 ? "d\(d - 500)" : "d\(d)"
      let extra = broken && d % 1499 == 7 ? #","colour":"blue""# : ""
      json += #"{"id":"\#(id)","name":"Drug \#(d)","cite":["c0"]\#(extra)}"#
    }
    json += #"],"effects":["#
    for d in 0..<drugs {
      for m in 0..<3 {
        if d > 0 || m > 0 { json += "," }
        // Every 2,003rd effect grades a drug that does not exist, every 3,001st has grade 7.
        let n = d * 3 + m
        let drug = broken && n % 2003 == 5 ? "nobody" : "d\(d)"
        let grade = broken && n % 3001 == 11 ? 7 : (d + m) % 4
        let level = m == 1 ? #","level":"in vitro""# : ""
        json += #"{"drug":"\#(drug)","mechanism":"m\#(m)","grade":\#(grade)\#(level),"year":2003,"cite":["c0"]}"#
      }
    }
    json += #"],"efficacy":[],"safety":[]}"#
    return Array(json.utf8)
  }

  @Test func aBrokenLongCatalogueGivesEveryMessageInOrderEitherWay() {
    let bytes = Self.catalogue(drugs: 12_000, broken: true)
    var messages: [[String]] = []
    for parallel in [false, true] {
      do {
        _ = try CatalogLoader.load(bytes, source: "long.json", currentYear: 2026, parallel: parallel)
        Issue.record("the broken catalogue loaded (parallel: \(parallel))")
      } catch {
        messages.append(error.diagnostics.map(\.description))
      }
    }
    #expect(messages.count == 2)
    #expect(messages.first?.count ?? 0 > 20, "too few problems to mean anything: \(messages.first ?? [])")
    #expect(messages.first == messages.last)
  }

  @Test func aGoodLongCatalogueLoadsTheSameEntriesEitherWay() throws {
    let bytes = Self.catalogue(drugs: 12_000, broken: false)
    let one = try CatalogLoader.load(bytes, source: "long.json", currentYear: 2026, parallel: false).catalog
    let two = try CatalogLoader.load(bytes, source: "long.json", currentYear: 2026, parallel: true).catalog
    #expect(one.drugs.count == 12_000 && two.drugs.count == 12_000)
    #expect(Array(one.drugs) == Array(two.drugs))
    #expect(Array(one.effects) == Array(two.effects))
    for d in stride(from: 0, to: 12_000, by: 611) {
      for m in 0..<3 { #expect(one.effect(drugIndex: d, mechanismIndex: m) == two.effect(drugIndex: d, mechanismIndex: m)) }
    }
    #expect(two.anyEvidenceLevel)
  }
}
