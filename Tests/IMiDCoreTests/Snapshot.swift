import Foundation
import Testing

/// Golden-text assertions: the expected text lives in `Snapshots/<name>.txt` beside this file.
/// Run with `IMID_RECORD=1` (or `make record`) to write the files from the current output: every
/// snapshot that changed is rewritten and fails its test. Review the diff with git, then run
/// the tests again.
enum Snapshot {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  static var recording: Bool { ProcessInfo.processInfo.environment["IMID_RECORD"] == "1" }

  /// Compares `lines` with the snapshot `name`, reporting the first differing line.
  static func assert(_ lines: [String], named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let text = lines.joined(separator: "\n") + "\n"
    let url = directory.appendingPathComponent(name + ".txt")
    if recording {
      // Recording rewrites the file and fails the run, so a recorded run is never green: the
      // diff is reviewed with git, then the tests are run again without IMID_RECORD.
      let changed = (try? String(contentsOf: url, encoding: .utf8)) != text
      if changed {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
      }
      Issue.record(
        "recorded \(name).txt (\(changed ? "changed" : "unchanged")): review the diff, then run the tests without IMID_RECORD",
        sourceLocation: sourceLocation)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record("missing snapshot \(name).txt: run `make record` and review it", sourceLocation: sourceLocation)
      return
    }
    if expected == text { return }
    let want = expected.components(separatedBy: "\n"), got = text.components(separatedBy: "\n")
    let index = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
    let wantLine = index < want.count ? want[index] : "<end>"
    let gotLine = index < got.count ? got[index] : "<end>"
    Issue.record(
      "snapshot \(name).txt differs at line \(index + 1):\n  expected: \(wantLine)\n  actual:   \(gotLine)",
      sourceLocation: sourceLocation)
  }
}

/// Test fixtures beside this file.
enum Fixture {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static func bytes(_ name: String) -> [UInt8] {
    (try? Data(contentsOf: directory.appendingPathComponent(name))).map { [UInt8]($0) } ?? []
  }
}
