import IMiDCore
import Testing

/// The manual page generator: roff that cannot be hijacked by what it quotes, and a key section
/// that lists every binding of the browser's own key table.
@Suite struct ManPageTests {
  static let hostile = ManualProgram(
    version: "9.9.9", catalogue: "1.0 (2026-01-02)", date: "2026-01-02",
    abstract: ".TH EVIL 1", discussion: "'so /etc/passwd\n\nA back\\slash, --an-option and \u{03B1} \u{2193}.",
    options: [ManualArgument(kind: .flag, names: ["--no-mouse"], valueName: nil, help: ".SH FAKE")],
    commands: [
      ManualCommand(name: "list", abstract: "List.", arguments: [
        ManualArgument(kind: .option, names: ["-f", "--format"], valueName: "format", help: "Format.", defaultValue: "text"),
        ManualArgument(kind: .positional, names: [], valueName: "drug", help: "'quoted", isOptional: false, isRepeating: true),
      ])
    ],
    exitStatuses: [ManualExitStatus(code: 0, name: nil, meaning: "Success."), ManualExitStatus(code: 65, name: "EX_DATAERR", meaning: "Bad data.")])

  /// The requests the generator writes; any other control line would be text gone wrong.
  static let macros: Set<String> = [".\\\"", ".TH", ".SH", ".SS", ".PP", ".TP", ".IP", ".RS", ".RE", ".br", ".PD"]

  @Test func quotedTextNeverBecomesARequestAndThePageIsASCII() {
    let page = ManPage.render(Self.hostile)
    for line in page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
      let request = String(line.prefix { $0 != " " })
      #expect(Self.macros.contains(request), "stray control line: \(line)")
    }
    #expect(page.unicodeScalars.allSatisfy { $0.value == 0x0A || (0x20..<0x7F).contains($0.value) })
    #expect(page.contains("\\&.TH EVIL 1"))
    #expect(page.contains("\\&'so /etc/passwd"))
    #expect(page.contains("A back\\eslash, \\-\\-an\\-option and \\[u03B1] \\[u2193]."))
    #expect(page.contains(".TH IMID 1 \"2026\\-01\\-02\" \"imid 9.9.9\""))
    #expect(page.contains("\\fBimid list\\fR [\\fB\\-\\-format\\fR \\fIformat\\fR] \\fIdrug\\fR ..."))
    #expect(page.contains("\\fB\\-f\\fR, \\fB\\-\\-format\\fR \\fIformat\\fR\nFormat. Default: text."))
    #expect(page.contains("\\fB65\\fR (EX_DATAERR)\nBad data."))
  }

  @Test func theKeySectionListsEveryBindingOfTheKeyTable() {
    let page = Self.plain(ManPage.render(Self.hostile))
    guard let keys = page.range(of: "\n.SH BROWSER KEYS\n"), let end = page.range(of: "\n.SH FILES\n") else {
      Issue.record("no BROWSER KEYS section")
      return
    }
    let section = String(page[keys.upperBound..<end.lowerBound])
    for binding in KeyMap.bindings {
      let line = binding.keys.map(\.label).joined(separator: ", ") + "\n" + binding.help
      #expect(section.contains(line), "missing from the page: \(line)")
    }
    for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES"] {
      #expect(page.contains("\n.SH \(heading)\n"), "no \(heading)")
    }
    for variable in ["NO_COLOR", "TERM", "LANG, LC_ALL", "COLUMNS"] {
      #expect(page.contains(variable), "ENVIRONMENT lacks \(variable)")
    }
  }

  /// The page's text with the generator's escapes undone (fonts dropped), to compare with the
  /// key table's own strings.
  static func plain(_ roff: String) -> String {
    var text = roff.replacingOccurrences("\\fB", "").replacingOccurrences("\\fI", "").replacingOccurrences("\\fR", "")
      .replacingOccurrences("\\&", "").replacingOccurrences("\\-", "-")
    while let start = text.range(of: "\\[u"), let end = text[start.upperBound...].firstIndex(of: "]") {
      let hex = text[start.upperBound..<end]
      let scalar = UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init).map(String.init) ?? "?"
      text.replaceSubrange(start.lowerBound...end, with: scalar)
    }
    return text.replacingOccurrences("\\e", "\\")
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
