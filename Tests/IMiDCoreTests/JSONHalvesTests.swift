import IMiDCore
import Testing

/// A document of 4 MB or more is checked on two threads: the second starts at an element near
/// the middle, on a guess, and its work is taken only when the first meets that element. Every
/// document must come out as a one-thread check gives it: the same members and element starts,
/// or the same error at the same line and column. Each case below also checks that the guess
/// lands where the case means it to (on an element, or inside a string), so none passes by
/// never splitting.
@Suite struct JSONHalvesTests {
  /// `{"title":…,"rows":[{…},…],"more":[{"k":1},{"k":2}],"last":{"a":[1,2,3]}}`, rows of some 60 bytes.
  static func document(rows: Int = 90_000) -> [UInt8] {
    var json = #"{"title": "Halves", "rows": ["#
    for row in 0..<rows {
      json += (row > 0 ? ", " : "") + #"{"id": "r\#(row)", "n": \#(row), "tags": ["a", "b"], "text": "row \#(row)"}"#
    }
    json += #"], "more": [{"k": 1}, {"k": 2}],"# + "\n" + #""last": {"a": [1, 2, 3]}}"#
    return Array(json.utf8)
  }

  static let roomy = JSONLimits(maxBytes: 64 << 20, maxDepth: 64, maxStringBytes: 8 << 20, maxElements: 2_000_000)

  /// The members found, or the error, with or without the second thread.
  static func outcome(_ bytes: [UInt8], _ limits: JSONLimits, inHalves: Bool) -> Result<[JSONMemberLocation], JSONSyntaxError> {
    do throws(JSONSyntaxError) {
      return .success(try JSONDocument.withDocument(bytes, limits: limits, inHalves: inHalves) { $0.members ?? [] })
    } catch {
      return .failure(error)
    }
  }

  static func expectSameBothWays(_ bytes: [UInt8], _ limits: JSONLimits = roomy, sourceLocation: SourceLocation = #_sourceLocation) {
    let alone = outcome(bytes, limits, inHalves: false)
    let halves = outcome(bytes, limits, inHalves: true)
    #expect(alone == halves, sourceLocation: sourceLocation)
  }

  /// `bytes` with the first occurrence of `old` at or after `fraction` of the way in replaced by `new`.
  static func replacing(_ old: String, with new: String, after fraction: Double, in bytes: [UInt8]) -> [UInt8] {
    let pattern = Array(old.utf8)
    var index = Int(Double(bytes.count) * fraction)
    while !bytes[index..<(index + pattern.count)].elementsEqual(pattern) { index += 1 }
    return Array(bytes[..<index]) + Array(new.utf8) + Array(bytes[(index + pattern.count)...])
  }

  @Test func aGoodDocumentGivesTheSameMembersAndStartsInHalves() throws {
    let bytes = Self.document()
    #expect(bytes.count >= 4 << 20)
    let guess = JSONDocument.secondHalfStart(of: bytes)
    let meeting = try #require(guess)
    let members = try Self.outcome(bytes, Self.roomy, inHalves: true).get()
    #expect(members.map(\.key) == ["title", "rows", "more", "last"])
    #expect(members[1].elementStarts?.count == 90_000)
    #expect(members[1].elementStarts?.contains(UInt32(meeting)) == true, "the halves must meet at a row")
    #expect(members[2].elementStarts?.count == 2)
    Self.expectSameBothWays(bytes)
  }

  @Test func problemsAnywhereAreTheOnesAOneThreadCheckReports() {
    let bytes = Self.document()
    // Before the meeting point, after it, in the members after the split array, at the end.
    Self.expectSameBothWays(Self.replacing("}, {", with: "}; {", after: 0.25, in: bytes))
    Self.expectSameBothWays(Self.replacing("}, {", with: "}; {", after: 0.75, in: bytes))
    Self.expectSameBothWays(Self.replacing(#""row "#, with: "\"row\u{01} ", after: 0.8, in: bytes))
    Self.expectSameBothWays(Self.replacing("[1, 2, 3]", with: "[1, 2, 3,]", after: 0.9, in: bytes))
    Self.expectSameBothWays(Array(bytes.dropLast()))
    // Two problems, one in each half: the first one is reported.
    Self.expectSameBothWays(
      Self.replacing("}, {", with: "}} {", after: 0.75, in: Self.replacing("\"n\"", with: "n", after: 0.3, in: bytes)))
  }

  @Test func limitsAreCountedAcrossTheHalves() {
    let bytes = Self.document()
    // Each half holds fewer rows than the limit; the array holds more.
    var limits = Self.roomy
    limits.maxElements = 89_999
    guard case .failure(let error) = Self.outcome(bytes, limits, inHalves: true) else {
      Issue.record("90,000 rows passed a limit of 89,999")
      return
    }
    #expect(error.message == "array has more than 89999 elements")
    Self.expectSameBothWays(bytes, limits)
  }

  @Test func aGuessInsideAStringIsDroppedAndTheCheckGoesOnAlone() throws {
    // A string of "}, {" spanning the middle: the guess lands inside it, where no element starts.
    let filler = String(repeating: "}, {", count: 1_200_000)
    let json = #"{"rows": [{"t": "a"}, {"t": "\#(filler)"}, {"t": "b"}], "after": [{"k": 1}]}"#
    let bytes = Array(json.utf8)
    let guess = JSONDocument.secondHalfStart(of: bytes)
    let meeting = try #require(guess)
    let string = try #require(json.utf8.firstRange(of: filler.utf8))
    let offset = json.utf8.distance(from: json.utf8.startIndex, to: string.lowerBound)
    #expect((offset..<(offset + filler.utf8.count)).contains(meeting))
    let members = try Self.outcome(bytes, Self.roomy, inHalves: true).get()
    #expect(members.map(\.key) == ["rows", "after"])
    #expect(members[0].elementStarts?.count == 3)
    Self.expectSameBothWays(bytes)
  }
}
