import Foundation
import IMiDCatalogData
import IMiDCore
import Testing

/// Entries of the common shape are read straight from the bytes (`EntryReader`); every other
/// entry the general way. Escaping one letter of a key (`"\u0069d"` is `"id"`) sends an entry
/// the general way without changing what it says, so each catalogue here is loaded both ways
/// and must come out the same: the same entries read back, warnings and messages.
@Suite struct EntryReaderTests {
  /// `json` with the keys every large table's entries have escaped: nothing is read plainly.
  static func general(_ json: String) -> String {
    json.replacingOccurrences(of: "\"id\"", with: "\"\\u0069d\"")
      .replacingOccurrences(of: "\"drug\"", with: "\"\\u0064rug\"")
  }

  static func outcome(_ json: String) -> (catalog: Catalog?, messages: [String]) {
    do {
      let loaded = try CatalogLoader.load(Array(json.utf8), source: "t.json", currentYear: 2026)
      return (loaded.catalog, loaded.warnings.map(\.description))
    } catch {
      return (nil, error.diagnostics.map(\.description))
    }
  }

  static func expectSame(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let plain = outcome(json), general = outcome(Self.general(json))
    #expect(plain.messages == general.messages, sourceLocation: sourceLocation)
    #expect((plain.catalog == nil) == (general.catalog == nil), sourceLocation: sourceLocation)
    guard let a = plain.catalog, let b = general.catalog else { return }
    #expect(Array(a.drugs) == Array(b.drugs), sourceLocation: sourceLocation)
    #expect(a.mechanisms == b.mechanisms, sourceLocation: sourceLocation)
    #expect(Array(a.effects) == Array(b.effects), sourceLocation: sourceLocation)
    #expect(Array(a.efficacy) == Array(b.efficacy), sourceLocation: sourceLocation)
    #expect(Array(a.safety) == Array(b.safety), sourceLocation: sourceLocation)
    #expect(Array(a.citations) == Array(b.citations), sourceLocation: sourceLocation)
    #expect(a.events == b.events && a.claims == b.claims, sourceLocation: sourceLocation)
    #expect(CatalogSummary.counts(a) == CatalogSummary.counts(b), sourceLocation: sourceLocation)
  }

  @Test func theBuiltInCatalogueLoadsTheSameEitherWay() throws {
    Self.expectSame(String(decoding: BuiltinCatalog.bytes, as: UTF8.self))
  }

  static let citations = #"""
    "citations": [{"id":"c1","title":"T","year":2001,"authors":["A B"],"journal":"J","pmid":"123","doi":"10.1/x","kind":"article"},
      {"id":"c2","title":"T 2","year":2001,"pmcid":"PMC12","issue":"3","pages":"1-2","volume":"4","publisher":"P","summary":"S"}]
    """#

  @Test func entriesAtTheEdgesOfTheCommonShapeLoadTheSameEitherWay() {
    let drugs = #"""
      "drugs": [{"id":"d1","name":"Drug 1","codes":["A-1","B 2"],"brands":[],"generation":"1st","summary":"x","cite":["c1"]},
        { "id" : "d2" , "name" : "Drug 2" , "cite" : [ "c1" , "c2" ] , "formula":"F","molarMass":"1","cas":"1-2","atc":"L04"},
        {"id":"d3","name":"L\u00e9nalidomide","cite":[]}, {"id":"d4","name":"Pomalidomide"},
        {"id":"d5","name":"Drug 5","firstMarketed":{"year":1957,"cite":["c1"]},"approvals":[{"year":1998,"cite":["c2"]}]}]
      """#
    let tables = #"""
      "mechanisms": [{"id":"m1","name":"M","short":"Sh","summary":"S","year":1997,"cite":["c1"]}, {"id":"m3","name":"M 3"}],
      "effects": [{"drug":"d1","mechanism":"m1","grade":3,"note":"n","year":1999,"cite":["c1"]},
        {"drug":"d2","mechanism":"m1","grade":0,"cite":["c1","c2"]}],
      "efficacy": [{"id":"r1","drug":"d1","outcome":"O","cite":["c1"],"n":12,"setting":"S","year":2000,"study":"s","design":"d","population":"p","regimen":"r"}],
      "safety": [{"id":"s1","drug":"d1","event":"E","cite":["c1"],"category":"C","boxed":true,"year":2000,"rate":"1%","severity":"3","context":"c","study":"s"},
        {"drug":"d2","event":"E","cite":["c2"],"boxed":false}]
      """#
    Self.expectSame("{\(Self.citations), \(drugs), \(tables)}")
    // Each of these is outside the common shape, or wrong: worded the same either way.
    let changes: [(key: String, value: String)] = [
      (#""grade":3"#, #""grade":4"#), (#""grade":3"#, #""grade":3.0"#), (#""year":1999"#, #""year":1700"#),
      (#""n":12"#, #""n":-1"#), (#""boxed":true"#, #""boxed":null"#), (#""pmid":"123""#, #""pmid":"12345678901""#),
      (#""doi":"10.1/x""#, #""doi":"11.1/x""#), (#""kind":"article""#, #""kind":"book""#), (#""name":"Drug 1""#, #""name":"  ""#),
      (#""name":"Drug 1""#, #""name":"Drug 1","name":"Again""#), (#""name":"Drug 1""#, #""name":"Drug 1","extra":1"#),
      (#""summary":"x","cite":["c1"]"#, #""summary":"x","cite":[""]"#), (#""setting":"S""#, #""setting":"""#), (#""note":"n""#, #""note":"a\tb""#),
      (#""cite":["c1","c2"]}]"#, #""cite":[]}]"#), (#""mechanism":"m1","grade":0"#, #""mechanism":"m2","grade":0"#),
      (#""short":"Sh""#, #""short":" ""#), (#""year":1997"#, #""year":1797"#), (#""name":"M 3""#, #""nam":"M 3""#),
      (#""summary":"S""#, #""summary":"S\u0007""#), (#""cite":["c1"]}, {"id":"m3""#, #""cite":["c9"]}, {"id":"m3""#),
    ].map { (key: $0.0, value: $0.1) }
    for change in changes {
      let json = "{\(Self.citations), \(drugs), \(tables)}"
      let changed = json.replacingOccurrences(of: change.key, with: change.value)
      #expect(changed != json, "\(change.key)")
      Self.expectSame(changed)
    }
  }
}
