import Foundation
import Testing

/// Every file in BrokenCatalogs/ is a broken catalogue; its `.expected` twin holds the exit status
/// on the first line and the exact stderr after it (`FILE` stands for the catalogue's path).
@Suite struct BrokenCatalogTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("BrokenCatalogs")

  static var cases: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".expected") }.map { String($0.dropLast(".expected".count)) }.sorted()
  }

  @Test func theCorpusIsThere() {
    #expect(Self.cases.count >= 20)
  }

  @Test(arguments: cases)
  func validateRejectsItWithLocatedMessages(name: String) throws {
    let expected = try String(contentsOf: Self.directory.appendingPathComponent(name + ".expected"), encoding: .utf8)
    var lines = expected.split(separator: "\n").map(String.init)
    let status = Int32(lines.removeFirst())
    let path = "Tests/IMiDEndToEndTests/BrokenCatalogs/" + name
    // NEXTYEAR: the latest plausible year moves with the calendar.
    let nextYear = String(Calendar(identifier: .gregorian).component(.year, from: Date()) + 1)
    let want = lines.map {
      $0.replacingOccurrences(of: "FILE", with: path).replacingOccurrences(of: "NEXTYEAR", with: nextYear)
    }

    let validate = try Binary.run(["validate", path])
    #expect(validate.status == status, "\(name): \(validate.stderr)")
    #expect(validate.stderrLines == want, "\(name)")
    #expect(validate.stdout == "")

    // Every command refuses it the same way.
    let list = try Binary.run(["--catalog", path, "list"])
    #expect(list.status == status)
    #expect(list.stderrLines == want)
  }
}
