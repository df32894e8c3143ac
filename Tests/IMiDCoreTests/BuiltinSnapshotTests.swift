import Dispatch
import Foundation
import IMiDCatalogData
import IMiDCore
import Testing

/// The built-in catalogue's snapshot (`BuiltinCatalog.snapshot`): made from catalog.json by
/// this suite, compiled in, and opened into the very catalogue a load gives.
@Suite struct BuiltinSnapshotTests {
  static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Sources/IMiDCatalogData/BuiltinCatalog+Snapshot.swift").standardizedFileURL

  static func made(_ bytes: [UInt8] = BuiltinCatalog.bytes) throws -> CatalogSnapshot {
    try CatalogLoader.snapshot(of: bytes, source: "catalog.json", currentYear: 2026)
  }

  /// The source file is what this suite writes from a load of catalog.json today: a catalogue
  /// changed without its snapshot fails here (`make record` writes it again).
  @Test func theSnapshotFileIsMadeFromTheCatalogueAsItIs() throws {
    let text = SnapshotSource.text(of: try Self.made())
    let written = try? String(contentsOf: Self.file, encoding: .utf8)
    if Snapshot.recording {
      if written != text { try text.write(to: Self.file, atomically: true, encoding: .utf8) }
      Issue.record("recorded \(Self.file.lastPathComponent) (\(written != text ? "changed" : "unchanged")): review the diff, then build and test again")
      return
    }
    #expect(written == text, "\(Self.file.lastPathComponent) is stale: run `make record`, review the diff, then `make test`")
  }

  /// The snapshot compiled into this build is the one a load makes (a stale build, or a file
  /// edited by hand, fails here).
  @Test func theCompiledSnapshotIsTheOneALoadMakes() throws {
    #expect(BuiltinCatalog.snapshot == (try Self.made()))
    #expect(BuiltinCatalog.snapshot.describes(BuiltinCatalog.bytes))
  }

  @Test func theBuiltinCatalogueOpensAsItLoads() throws {
    let opened = try #require(BuiltinCatalog.opened())
    let loaded = try CatalogLoader.load(BuiltinCatalog.bytes, source: "catalog.json", currentYear: 2026).catalog
    Self.expectSame(opened, loaded)
  }

  /// A catalogue with entries of every kind the direct reader leaves to the general decoder
  /// (escapes, unknown shapes), comparable rows, events and claims opens as it loads too.
  @Test func anyValidCatalogueOpensFromItsSnapshotAsItLoads() throws {
    for name in ["mini.json", "core-only.json", "wide-names.json"] {
      let bytes = Fixture.bytes(name)
      try #require(!bytes.isEmpty, "\(name)")
      let loaded = try CatalogLoader.load(bytes, source: name, currentYear: 2026)
      guard loaded.warnings.isEmpty else { continue }
      let opened = try #require(CatalogLoader.open(bytes, snapshot: try Self.made(bytes)), "\(name)")
      Self.expectSame(opened, loaded.catalog)
    }
    let escaped = Array(#"""
      {"title": "T\u00e9st", "drugs": [{"id": "d\u0031", "name": "Dr\"ug", "cite": ["c1"]}],
       "mechanisms": [{"id": "m1", "name": "TNF-\u03b1", "cite": ["c1"]}],
       "effects": [{"drug": "d1", "mechanism": "m1", "grade": 2, "cite": ["c1"], "note": "a\u00e9b"}],
       "citations": [{"id": "c1", "title": "A \"quoted\" title", "year": 2004}]}
      """#.utf8)
    let opened = try #require(CatalogLoader.open(escaped, snapshot: try Self.made(escaped)))
    Self.expectSame(opened, try CatalogLoader.load(escaped, source: "escaped.json", currentYear: 2026).catalog)
  }

  /// An opened catalogue reads its claims and events on first use: once, whichever of several
  /// threads asks first, and every thread gets the same entries.
  @Test func claimsAndEventsReadOnFirstUseFromAnyThread() throws {
    let loaded = try CatalogLoader.load(BuiltinCatalog.bytes, source: "catalog.json", currentYear: 2026).catalog
    for _ in 0..<20 {
      let opened = try #require(BuiltinCatalog.opened())
      // A slot a thread (the Synchronization module's Mutex is not visible to ThreadSanitizer).
      nonisolated(unsafe) let seen = UnsafeMutableBufferPointer<([Claim], [TimelineEvent], Int?)?>.allocate(capacity: 4)
      seen.initialize(repeating: nil)
      defer {
        seen.deinitialize()
        seen.deallocate()
      }
      // Four threads of their own (Dispatch ran such blocks one after another on one thread),
      // let go at once.
      let go = DispatchSemaphore(value: 0)
      let done = DispatchGroup()
      for turn in 0..<4 {
        done.enter()
        Thread {
          go.wait()
          // Half the threads ask for an event's position first, half for the claims.
          if turn.isMultiple(of: 2) {
            let index = opened.eventIndex(id: loaded.events[0].id)
            seen[turn] = (opened.claims, opened.events, index)
          } else {
            seen[turn] = (opened.claims, opened.events, opened.eventIndex(id: loaded.events[0].id))
          }
          done.leave()
        }.start()
      }
      for _ in 0..<4 { go.signal() }
      done.wait()
      for read in seen {
        let (claims, events, index) = try #require(read)
        #expect(claims == loaded.claims && events == loaded.events && index == 0)
      }
    }
  }

  /// A catalogue that loads with warnings has no snapshot: opening it would hide them.
  @Test func aCatalogueWithWarningsHasNoSnapshot() {
    let warned = Array(#"{"drugs": [{"id": "d1", "name": "D"}], "extra": 1}"#.utf8)
    #expect(throws: CatalogLoadError.self) { try Self.made(warned) }
    let messages = (try? CatalogLoader.load(warned, source: "w.json", currentYear: 2026))?.warnings.map(\.description)
    #expect(messages == ["w.json: extra: unknown key 'extra' (ignored)"])
  }

  /// A snapshot is used with the bytes it was made from and no others.
  @Test func aSnapshotOpensNoOtherBytes() throws {
    let snapshot = BuiltinCatalog.snapshot
    var changed = BuiltinCatalog.bytes
    let at = try #require(changed.firstIndex(of: UInt8(ascii: "T")))
    changed[at] = UInt8(ascii: "t")
    #expect(CatalogLoader.open(changed, snapshot: snapshot) == nil)
    #expect(CatalogLoader.open(BuiltinCatalog.bytes + [0x20], snapshot: snapshot) == nil)
    #expect(CatalogLoader.open([], snapshot: snapshot) == nil)
  }

  /// Opened and loaded catalogues hold the same entries and answer every lookup alike.
  static func expectSame(_ one: Catalog, _ two: Catalog, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(one.title == two.title && one.review == two.review && one.horizon == two.horizon, sourceLocation: sourceLocation)
    #expect(one.version == two.version && one.date == two.date, sourceLocation: sourceLocation)
    #expect(Array(one.drugs) == Array(two.drugs), sourceLocation: sourceLocation)
    #expect(one.mechanisms == two.mechanisms, sourceLocation: sourceLocation)
    #expect(Array(one.effects) == Array(two.effects), sourceLocation: sourceLocation)
    #expect(Array(one.efficacy) == Array(two.efficacy), sourceLocation: sourceLocation)
    #expect(Array(one.safety) == Array(two.safety), sourceLocation: sourceLocation)
    #expect(Array(one.citations) == Array(two.citations), sourceLocation: sourceLocation)
    #expect(one.comparable == two.comparable, sourceLocation: sourceLocation)
    #expect(one.events == two.events, sourceLocation: sourceLocation)
    #expect(one.claims == two.claims, sourceLocation: sourceLocation)
    #expect(one.drugSearch == two.drugSearch, sourceLocation: sourceLocation)
    #expect(one.identifiedCitationCount == two.identifiedCitationCount, sourceLocation: sourceLocation)
    #expect(one.anyDrugFirstMarketed == two.anyDrugFirstMarketed, sourceLocation: sourceLocation)
    #expect(one.anyEvidenceLevel == two.anyEvidenceLevel, sourceLocation: sourceLocation)
    for (position, drug) in two.drugs.enumerated() {
      #expect(one.drugIndex(id: drug.id) == two.drugIndex(id: drug.id), sourceLocation: sourceLocation)
      #expect(one.efficacyIndices(drugIndex: position) == two.efficacyIndices(drugIndex: position), sourceLocation: sourceLocation)
      #expect(one.safetyIndices(drugIndex: position) == two.safetyIndices(drugIndex: position), sourceLocation: sourceLocation)
      for mechanism in two.mechanisms.indices {
        #expect(one.effect(drugIndex: position, mechanismIndex: mechanism) == two.effect(drugIndex: position, mechanismIndex: mechanism),
          sourceLocation: sourceLocation)
      }
    }
    for mechanism in two.mechanisms { #expect(one.mechanismIndex(id: mechanism.id) == two.mechanismIndex(id: mechanism.id), sourceLocation: sourceLocation) }
    for citation in two.citations {
      #expect(one.citationIndex(id: citation.id) == two.citationIndex(id: citation.id), sourceLocation: sourceLocation)
      #expect(one.citers(ofCitation: citation.id) == two.citers(ofCitation: citation.id), sourceLocation: sourceLocation)
    }
    for result in two.efficacy { if let id = result.id { #expect(one.efficacyIndex(id: id) == two.efficacyIndex(id: id), sourceLocation: sourceLocation) } }
    for result in two.safety { if let id = result.id { #expect(one.safetyIndex(id: id) == two.safetyIndex(id: id), sourceLocation: sourceLocation) } }
    for event in two.events { #expect(one.eventIndex(id: event.id) == two.eventIndex(id: event.id), sourceLocation: sourceLocation) }
  }
}
