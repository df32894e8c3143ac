import Foundation
import Testing

/// A catalogue file of 8 MB or more is read in two halves on two threads (`CatalogFile.readAll`):
/// the command sees every byte of both, in order, whatever the file's length.
@Suite struct LargeFileTests {
  /// A catalogue of `count` drugs and some 9 MB, its length odd, its last drug's id `lastID`.
  static let summary = String(repeating: "A fictional drug, generated to make the file large. ", count: 8)

  static func catalogue(count: Int, lastID: String) throws -> URL {
    let drugs = (0..<count).map { index in
      #"{"id": "\#(index == count - 1 ? lastID : "d\(index)")", "name": "Fictamide \#(index)", "summary": "\#(Self.summary)"}"#
    }
    var text = #"{"title": "Large", "drugs": ["# + drugs.joined(separator: ",\n")
      + #"], "mechanisms": [{"id": "m0", "name": "A mechanism"}]}"# + "\n"
    if text.utf8.count % 2 == 0 { text += " " }
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("imid-halves-\(UUID().uuidString).json")
    try text.write(to: url, atomically: true, encoding: .utf8)
    #expect(text.utf8.count > 8 << 20 && text.utf8.count % 2 == 1, "large enough to be read in halves, and odd")
    return url
  }

  @Test func aLargeFileIsReadWhole() throws {
    let url = try Self.catalogue(count: 20_000, lastID: "d19999")
    defer { try? FileManager.default.removeItem(at: url) }
    let run = try Binary.run(["validate", url.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("\(url.path): ok: 20000 drugs, 1 mechanism,"), "\(run.stdout)")
    // Every byte in its place: each drug's name and summary come back as written.
    let list = try Binary.run(["list", "--catalog", url.path, "--format", "json"])
    #expect(list.status == 0, "\(list.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [String: Any]
    let drugs = try #require(object?["drugs"] as? [[String: Any]])
    #expect(drugs.count == 20_000)
    let wrong = drugs.indices.filter {
      drugs[$0]["name"] as? String != "Fictamide \($0)" || drugs[$0]["summary"] as? String != Self.summary
    }
    #expect(wrong.isEmpty, "drugs read wrong: \(wrong.prefix(5))")
  }

  /// A problem in the second half is found there: it was read, and read where it belongs.
  @Test func aProblemAtTheEndOfALargeFileIsReportedThere() throws {
    let url = try Self.catalogue(count: 20_000, lastID: "d7")
    defer { try? FileManager.default.removeItem(at: url) }
    let run = try Binary.run(["validate", url.path])
    #expect(run.status == 65)
    #expect(run.stderrLines == ["imid: \(url.path): drugs[19999].id: duplicate id 'd7' (first used at drugs[7])"])
  }
}
