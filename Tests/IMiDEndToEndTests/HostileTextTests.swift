import Foundation
import Testing

/// No byte of a hostile catalogue or command line acts on the terminal: key names, ids, values,
/// paths and typed text reach stdout and stderr only through the one sanitiser, as visible
/// escapes, and every message stays one line.
@Suite struct HostileTextTests {
  /// OSC 52 (set the clipboard), BEL, then clear the screen: written as JSON escapes.
  static let attack = #"x\u001b]52;c;ZXZpbA==\u0007\u001b[2J"#
  /// How the sanitiser shows it.
  static let shown = #"x\e]52;c;ZXZpbA==\x07\e[2J"#

  static let catalogue = """
    {"drugs": [
      {"id": "a", "name": "A", "cite": ["c"], "\(attack)": 1},
      {"id": "b", "name": "B", "cite": ["c"]}
    ],
    "citations": [{"id": "c", "title": "T", "year": 2000, "\(attack)": true}]}
    """

  static let duplicateIDs = """
    {"drugs": [
      {"id": "\(attack)", "name": "A", "cite": ["c"]},
      {"id": "\(attack)", "name": "B", "cite": ["c"]}
    ],
    "citations": [{"id": "c", "title": "T", "year": 2000}]}
    """

  func expectNoControlBytes(_ run: ShellRun, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for (name, bytes) in [("stdout", run.stdout), ("stderr", run.stderr)] {
      let bad = bytes.filter { $0 == 0x1B || $0 == 0x07 || ($0 < 0x20 && $0 != 0x0A && $0 != 0x0D) }
      #expect(bad.isEmpty, "\(what): \(name) carries control bytes \(bad)", sourceLocation: sourceLocation)
    }
  }

  @Test func anUnknownKeyIsWarnedAboutVisiblyEverywhere() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.catalogue.write(to: directory.appendingPathComponent("k.json"), atomically: true, encoding: .utf8)
    let validate = try Shell.run(#""$0" validate k.json"#, in: directory)
    #expect(validate.status == 0)
    #expect(validate.stderrLines == [
      "imid: warning: k.json: citations[0].\(Self.shown): unknown key '\(Self.shown)' (ignored)",
      "imid: warning: k.json: drugs[0].\(Self.shown): unknown key '\(Self.shown)' (ignored)",
    ])
    expectNoControlBytes(validate, "validate")
    for command in ["list", "show a", "matrix", "cite c", "compare a b", "export --view drugs", "export --view drugs --format csv"] {
      let run = try Shell.run(#""$0" --catalog k.json "# + command, in: directory)
      #expect(run.status == 0, "\(command): \(run.stderrText)")
      expectNoControlBytes(run, command)
    }
  }

  @Test func aDuplicateIdIsEchoedVisiblyOnOneLine() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.duplicateIDs.write(to: directory.appendingPathComponent("d.json"), atomically: true, encoding: .utf8)
    for command in ["validate d.json", "--catalog d.json list", "--catalog d.json export --view drugs -o out.txt"] {
      let run = try Shell.run(#""$0" "# + command, in: directory)
      #expect(run.status == 65, "\(command)")
      expectNoControlBytes(run, command)
      #expect(run.stderrLines.contains("imid: d.json: drugs[1].id: duplicate id '\(Self.shown)' (first used at drugs[0])"), "\(run.stderrLines)")
      #expect(run.stderrLines.allSatisfy { $0.hasPrefix("imid: ") }, "\(command): a message spans lines")
    }
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.txt").path))
  }

  @Test func pathsAndArgumentsAreShownVisiblyOnOneLine() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = try Shell.run(#""$0" --catalog $'no\e]0;pwned\a.json' list"#, in: directory)
    #expect(missing.status == 66)
    #expect(missing.stderrLines == [#"imid: no\e]0;pwned\x07.json: cannot open: No such file or directory"#])
    let unknown = try Shell.run(#""$0" show $'\e[2Jthal'"#, in: directory)
    #expect(unknown.status == 64)
    #expect(unknown.stderrLines.count == 1)
    #expect(unknown.stderrText.hasPrefix(#"imid: unknown drug '\e[2Jthal'"#))
    // A newline in an output name is part of the name: the file is made, and the message
    // that says so is still one line.
    let newline = try Shell.run(#""$0" export --view drugs -o $'two\nlines.txt' && test -f $'two\nlines.txt'"#, in: directory)
    #expect(newline.status == 0, "\(newline.stderrText)")
    #expect(newline.stderrLines == [#"imid: exported 6 drugs to two\nlines.txt"#])
    for run in [missing, unknown, newline] { expectNoControlBytes(run, "paths") }
  }

  @Test func fileNamesThatAreNotUTF8AreUsedByteForByte() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let fixture = Binary.packageRoot.appendingPathComponent("Tests/IMiDCoreTests/Fixtures/mini.json").path
    let export = try Shell.run(#""$0" export --view drugs -o $'bad\xff.txt' && test -s $'bad\xff.txt' && ls"#, in: directory)
    #expect(export.status == 0, "\(export.stderrText)")
    #expect(export.stderrLines == [#"imid: exported 6 drugs to bad\xFF.txt"#])
    // Exactly one file, named with the byte 0xFF (not U+FFFD, which is EF BF BD).
    #expect(export.stdout == Array("bad".utf8) + [0xFF] + Array(".txt\n".utf8))

    let catalogue = try Shell.run(#"cp "$1" $'cat\xfe.json' && "$0" --catalog $'cat\xfe.json' list --format csv"#, [fixture], in: directory)
    #expect(catalogue.status == 0, "\(catalogue.stderrText)")
    #expect(catalogue.stdoutText.contains("Alphamide"))
    let broken = try Shell.run(#"printf '{' > $'cat\xfd.json' && "$0" validate $'cat\xfd.json'"#, in: directory)
    #expect(broken.status == 65)
    #expect(broken.stderrText.hasPrefix(#"imid: cat\xFD.json:1:2: "#), "\(broken.stderrText)")
  }

  @Test func messagesQuoteValuesAsWritten() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let json = """
      {"drugs": [{"id": "a", "name": "A", "cite": ["c"]}],
       "mechanisms": [{"id": "m", "name": "M", "header": "M", "cite": ["c"]}],
       "effects": [{"drug": "a", "mechanism": "m", "grade": 2.0, "cite": ["c"]}],
       "efficacy": [{"drug": "a", "setting": "s", "outcome": "o", "n": 9007199254740993, "year": 2000, "cite": ["c"]}],
       "citations": [{"id": "c", "title": "T", "year": 2000.0}]}
      """
    try json.write(to: directory.appendingPathComponent("n.json"), atomically: true, encoding: .utf8)
    let run = try Shell.run(#""$0" validate n.json"#, in: directory)
    #expect(run.status == 65)
    #expect(run.stderrLines.contains("imid: n.json: effects[0].grade: 2.0 is not an integer (grade is a whole number 0–3)"), "\(run.stderrLines)")
    #expect(run.stderrLines.contains("imid: n.json: efficacy[0].n: n 9007199254740993 is out of range 0–100000000"), "\(run.stderrLines)")
    #expect(run.stderrLines.contains { $0.hasPrefix("imid: n.json: citations[0].year: 2000.0 is not an integer (a year is a whole number 1800–") }, "\(run.stderrLines)")

    try "plain".write(to: directory.appendingPathComponent("plain"), atomically: true, encoding: .utf8)
    let notDirectory = try Shell.run(#""$0" export --view drugs -o plain/x.txt"#, in: directory)
    #expect(notDirectory.status == 73)
    #expect(notDirectory.stderrLines == ["imid: plain/x.txt: cannot create: plain is not a directory"])
  }
}
