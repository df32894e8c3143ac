import Foundation
import Testing

/// `imid validate --format json`: the same outcome as the text form (every diagnostic, the same
/// exit status), as one JSON document with each problem's path, line and column.
@Suite struct ValidateJSONTests {
  /// The report, parsed.
  static func report(_ run: Run) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    return try #require(object as? [String: Any], "not a JSON object: \(run.stdout)")
  }

  @Test(arguments: BrokenCatalogTests.cases)
  func everyBrokenCatalogueGivesTheTextDiagnosticsAsJSON(name: String) throws {
    let path = "Tests/IMiDEndToEndTests/BrokenCatalogs/" + name
    let text = try Binary.run(["validate", path])
    let json = try Binary.run(["validate", "--format", "json", path])
    #expect(json.status == text.status, "\(name)")
    #expect(json.stderr == "", "\(name): \(json.stderr)")
    let report = try Self.report(json)
    #expect(report["file"] as? String == path)
    #expect(report["valid"] as? Bool == false)
    let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
    #expect(report["errors"] as? Int == diagnostics.filter { $0["severity"] as? String == "error" }.count)
    // Each diagnostic, written as the text form writes it, is the text form's line.
    let lines = diagnostics.map { diagnostic -> String in
      let message = diagnostic["message"] as? String ?? ""
      var located = path
      if let jsonPath = diagnostic["path"] as? String {
        located += ": " + jsonPath
      } else if let line = diagnostic["line"] as? Int, let column = diagnostic["column"] as? Int {
        located += ":\(line):\(column)"
      }
      return "imid: " + (diagnostic["severity"] as? String == "warning" ? "warning: " : "") + located + ": " + message
    }
    #expect(lines == text.stderrLines, "\(name)")
    // A path's line and column point into the file (where its value starts).
    let fileLines = try Data(contentsOf: Binary.packageRoot.appendingPathComponent(path)).split(separator: 0x0A, omittingEmptySubsequences: false)
    for diagnostic in diagnostics where diagnostic["path"] is String {
      let line = try #require(diagnostic["line"] as? Int, "\(name): \(diagnostic) has no line")
      let column = try #require(diagnostic["column"] as? Int)
      #expect(line >= 1 && line <= fileLines.count && column >= 1, "\(name): \(diagnostic)")
    }
  }

  @Test func aGoodCatalogueGivesItsCountsAndLocatedWarnings() throws {
    let good = try Binary.run(["validate", "--format", "json", "Resources/catalog.json"])
    #expect(good.status == 0, "\(good.stderr)")
    let report = try Self.report(good)
    #expect(report["valid"] as? Bool == true)
    #expect((report["diagnostics"] as? [Any])?.isEmpty == true)
    let counts = try #require(report["counts"] as? [String: Int])
    #expect(counts["drugs"] == 6 && counts["mechanisms"] == 9)
    let text = try Binary.run(["validate", "Resources/catalog.json"])
    #expect(text.stdout == "Resources/catalog.json: ok: \(report["summary"] as? String ?? "?")\n")

    // An unknown key is a warning: the file is valid, and the warning points at the key's value.
    let scratch = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let file = scratch.appendingPathComponent("warn.json")
    try #"{"drugs": [{"id": "a", "name": "A",\n  "colour": "red"}]}"#.replacingOccurrences(of: "\\n", with: "\n")
      .write(to: file, atomically: true, encoding: .utf8)
    let warned = try Self.report(try Binary.run(["validate", "--format", "json", file.path]))
    #expect(warned["valid"] as? Bool == true && warned["warnings"] as? Int == 1)
    let warning = try #require((warned["diagnostics"] as? [[String: Any]])?.first)
    #expect(warning["severity"] as? String == "warning")
    #expect(warning["path"] as? String == "drugs[0].colour")
    #expect(warning["line"] as? Int == 2 && warning["column"] as? Int == 13)
  }

  @Test func anUnreadableFileIsStill66WithTheReasonAsJSON() throws {
    let missing = try Binary.run(["validate", "--format", "json", "no-such-catalogue.json"])
    #expect(missing.status == 66)
    #expect(missing.stderr == "")
    let report = try Self.report(missing)
    let diagnostic = try #require((report["diagnostics"] as? [[String: Any]])?.first)
    #expect(diagnostic["message"] as? String == "cannot open: No such file or directory")
    #expect(diagnostic["line"] is NSNull && diagnostic["path"] is NSNull)
    #expect(try Binary.run(["validate", "--format", "yaml", "x.json"]).status == 64)
  }
}
