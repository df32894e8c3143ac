import Dispatch
import IMiDCatalogData
import IMiDCore
import Testing

/// The browser's main thread checks the second half of a small catalogue's JSON while the
/// loading thread checks the first (`JSONSecondHalf`). Whether that half was checked before,
/// during or never, the outcome must be a one-thread check's: the same members and element
/// starts, or the same error at the same line and column; and nothing may wait for a half that
/// nobody checks.
@Suite struct JSONSecondHalfTests {
  static let limits = JSONHalvesTests.roomy

  /// The outcome of checking `bytes` alone, and with a second half checked before the first
  /// half's thread starts, on another thread meanwhile, and never.
  static func expectSameEveryWay(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
    let alone = JSONHalvesTests.outcome(bytes, limits, inHalves: false)
    let before = JSONSecondHalf(bytes, limits: limits)
    before.check()
    let meanwhile = JSONSecondHalf(bytes, limits: limits)
    DispatchQueue.global().async { meanwhile.check() }
    let never = JSONSecondHalf(bytes, limits: limits)
    for half in [before, meanwhile, never] {
      #expect(outcome(bytes, half) == alone, sourceLocation: sourceLocation)
    }
    never.check()  // too late: does nothing, and returns
  }

  static func outcome(_ bytes: [UInt8], _ half: JSONSecondHalf) -> Result<[JSONMemberLocation], JSONSyntaxError> {
    do throws(JSONSyntaxError) {
      return .success(try JSONDocument.withDocument(bytes, limits: limits, inHalves: false, secondHalf: half) { $0.members ?? [] })
    } catch {
      return .failure(error)
    }
  }

  @Test func theBuiltInCatalogueComesOutAsAOneThreadCheckGivesIt() throws {
    let bytes = BuiltinCatalog.bytes
    let half = JSONSecondHalf(bytes, limits: Self.limits)
    half.check()
    let members = try Self.outcome(bytes, half).get()
    #expect(members.contains { $0.key == "citations" && ($0.elementStarts?.count ?? 0) > 100 })
    Self.expectSameEveryWay(bytes)
  }

  @Test func aSmallDocumentGivesTheSameMembersAndStarts() throws {
    let bytes = JSONHalvesTests.document(rows: 2_000)
    #expect(bytes.count >= 64 << 10 && bytes.count < 4 << 20)
    let members = try Self.outcome(bytes, JSONSecondHalf(bytes, limits: Self.limits)).get()
    #expect(members.map(\.key) == ["title", "rows", "more", "last"])
    #expect(members[1].elementStarts?.count == 2_000)
    Self.expectSameEveryWay(bytes)
  }

  @Test func problemsInEitherHalfAreTheOnesAOneThreadCheckReports() {
    let bytes = JSONHalvesTests.document(rows: 2_000)
    for (old, new, fraction) in [
      ("\"n\": ", "\"n\" ", 0.2), ("\"n\": ", "\"n\" ", 0.8), ("\"b\"]", "\"b\",]", 0.7), ("\"text\"", "\"te\u{01}xt\"", 0.9),
      ("\"more\"", "\"more\" 1", 0.5), ("\"a\": [1, 2, 3]", "\"a\": [1, 2, 3", 0.9),
    ] {
      Self.expectSameEveryWay(JSONHalvesTests.replacing(old, with: new, after: fraction, in: bytes))
    }
  }

  @Test func textThatLooksLikeElementsNearTheMiddleChangesNothing() {
    // A string near the middle that holds what looks like the start of an element, where the
    // guess of where the second half starts may land.
    let bytes = JSONHalvesTests.replacing(
      "\"text\": \"row", with: "\"text\": \"}, {\\\"id\\\": 1}, {\\\"id\\\": 2} row", after: 0.499, in: JSONHalvesTests.document(rows: 2_000))
    Self.expectSameEveryWay(bytes)
  }

  @Test func aHalfMadeWithOtherLimitsIsNotTaken() {
    // Refused under the catalogue's limits only: a 300-byte string, over a limit of 200 here.
    let bytes = JSONHalvesTests.replacing("\"text\": \"row", with: "\"text\": \"" + String(repeating: "x", count: 300), after: 0.8, in: JSONHalvesTests.document(rows: 2_000))
    var strict = Self.limits
    strict.maxStringBytes = 200
    let half = JSONSecondHalf(bytes, limits: Self.limits)
    half.check()
    let outcome = Result { () throws(JSONSyntaxError) in
      try JSONDocument.withDocument(bytes, limits: strict, inHalves: false, secondHalf: half) { $0.members ?? [] }
    }
    #expect(outcome == JSONHalvesTests.outcome(bytes, strict, inHalves: false))
    guard case .failure = outcome else {
      Issue.record("the long string must be refused")
      return
    }
  }

  @Test func aShortDocumentIsNotSplit() {
    let bytes = JSONHalvesTests.document(rows: 100)
    #expect(bytes.count < 64 << 10)
    Self.expectSameEveryWay(bytes)
  }
}
