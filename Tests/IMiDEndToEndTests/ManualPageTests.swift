import Foundation
import Testing

/// `imid manual` (hidden) makes the man page that `make install` installs; docs/imid.1 is that
/// page, committed, and must not go stale.
@Suite struct ManualPageTests {
  static let committed = Binary.packageRoot.appendingPathComponent("docs/imid.1")

  @Test func theCommittedPageIsWhatTheProgramMakes() throws {
    let made = try Binary.run(["manual"])
    #expect(made.status == 0, "\(made.stderr)")
    let page = try String(contentsOf: Self.committed, encoding: .utf8)
    #expect(made.stdout == page, "docs/imid.1 is stale: run 'make man' (or .build/release/imid manual > docs/imid.1)")
    // Every subcommand has its section; the hidden one is in neither the page nor --help.
    for command in ["browse", "list", "show", "matrix", "compare", "cite", "review", "timeline", "export", "validate"] {
      #expect(made.stdout.contains(".SS \"imid \(command)\""), "no section for \(command)")
    }
    #expect(!made.stdout.contains("imid manual\""))
    #expect(try !Binary.run(["--help"]).stdout.contains("manual"))
  }

  @Test func thePageRendersWithoutWarnings() throws {
    let scratch = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    // man-db's own check where it is installed, else groff with every warning on.
    let render = try Shell.run("""
      page="$1"
      if command -v man >/dev/null 2>&1 && man --help 2>&1 | grep -q -- --warnings; then
        MANWIDTH=80 man --warnings -l "$page" | col -b
      elif command -v groff >/dev/null 2>&1; then
        groff -ww -man -Tutf8 "$page" | col -b
      else
        echo "SKIP: neither man-db nor groff is installed" >&2; exit 77
      fi
      """, [Self.committed.path], in: scratch, environment: ["LANG": "C.UTF-8", "MANPAGER": "cat", "PAGER": "cat"])
    if render.status == 77 {
      print("ManualPageTests: \(render.stderrText)")
      return
    }
    #expect(render.status == 0)
    #expect(render.stderrText == "", "roff warnings: \(render.stderrText)")
    let text = render.stdoutText
    for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "BROWSER KEYS", "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES"] {
      #expect(text.contains("\n" + heading + "\n"), "rendered page lacks \(heading)")
    }
    #expect(text.contains("imid validate --format json"))
    #expect(text.contains("EX_DATAERR"))
  }
}
