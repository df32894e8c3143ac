import Foundation
import Testing

/// `make install`, `make uninstall` and `make dist`, run for real into temporary folders with the
/// binary these tests built (`BIN=`), so `make test` never builds the static binary; that the
/// static one needs no Swift shared library is `make dist`'s own check (off here:
/// `CHECK_STATIC=no`, the test-built binary being dynamic).
@Suite(.serialized) struct PackagingTests {
  /// The files `make install` puts under a prefix, and nothing else.
  static let installed = [
    "bin/imid", "share/man/man1/imid.1", "share/bash-completion/completions/imid",
    "share/zsh/site-functions/_imid", "share/fish/vendor_completions.d/imid.fish",
  ]

  /// Checks every shell's completion script whose shell is here (bash -n, zsh -n, fish -n), and
  /// renders the man page with warnings on (man-db, else groff, else a note that neither is
  /// installed). Prints, one per line, what it checked or skipped. `$1` is the prefix.
  static let checkInstalled = """
    set -u
    prefix="$1"
    bash -n "$prefix/share/bash-completion/completions/imid" || exit 11
    echo checked bash
    if command -v zsh >/dev/null 2>&1; then zsh -n "$prefix/share/zsh/site-functions/_imid" || exit 12; echo checked zsh
    else echo "skipped zsh: not installed"; fi
    if command -v fish >/dev/null 2>&1; then fish -n "$prefix/share/fish/vendor_completions.d/imid.fish" || exit 13; echo checked fish
    else echo "skipped fish: not installed"; fi
    page="$prefix/share/man/man1/imid.1"
    if command -v man >/dev/null 2>&1 && man --help 2>&1 | grep -q -- --warnings; then
      MANWIDTH=80 MANPAGER=cat man --warnings -l "$page" > rendered.txt || exit 14; echo checked man
    elif command -v groff >/dev/null 2>&1; then
      groff -ww -man -Tutf8 "$page" > rendered.txt || exit 14; echo checked groff
    else echo "skipped the man page: neither man-db nor groff is installed"; fi
    """

  @Test func installRunsFromAnywhereAndUninstallLeavesNoFile() throws {
    let scratch = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let prefix = scratch.appendingPathComponent("prefix").path
    let make = try Self.make(["install", "PREFIX=\(prefix)"], scratch: scratch)
    #expect(make.status == 0, "make install: \(make.stderrText)")
    #expect(try Self.files(under: prefix) == Self.installed.sorted())

    // From another folder, with a bare environment: the catalogue is built in.
    let elsewhere = scratch.appendingPathComponent("elsewhere")
    try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
    let run = try Shell.run("""
      env -i "$1/bin/imid" list > list.txt || exit 21
      env -i "$1/bin/imid" --help > help.txt || exit 22
      env -i "$1/bin/imid" validate /nonexistent 2> missing.txt; echo "validate: $?"
      grep -q '^Thalidomide' list.txt || exit 23
      grep -q 'validate' help.txt || exit 24
      """, [prefix], in: elsewhere)
    #expect(run.status == 0, "installed binary: \(run.stderrText)")
    #expect(run.stdoutText == "validate: 66\n")

    let checks = try Shell.run(Self.checkInstalled, [prefix], in: elsewhere, environment: ["LANG": "C.UTF-8"])
    #expect(checks.status == 0, "completion or man page check failed (\(checks.status)): \(checks.stderrText)")
    #expect(checks.stderrText == "", "warnings: \(checks.stderrText)")
    print("PackagingTests: " + checks.stdoutText.split(separator: "\n").joined(separator: "; "))

    let uninstall = try Self.make(["uninstall", "PREFIX=\(prefix)"], scratch: scratch)
    #expect(uninstall.status == 0, "make uninstall: \(uninstall.stderrText)")
    // Exactly those files are gone: not a file or link is left under the prefix (the shared
    // directories stay empty, as GNU's uninstall leaves them).
    #expect(try Self.files(under: prefix) == [])
  }

  @Test func installHonoursDestdir() throws {
    let scratch = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let root = scratch.appendingPathComponent("root").path
    let make = try Self.make(["install", "DESTDIR=\(root)", "PREFIX=/usr"], scratch: scratch)
    #expect(make.status == 0, "\(make.stderrText)")
    #expect(try Self.files(under: root + "/usr") == Self.installed.sorted())
    #expect(try Self.make(["uninstall", "DESTDIR=\(root)", "PREFIX=/usr"], scratch: scratch).status == 0)
    #expect(try Self.files(under: root) == [])
  }

  @Test func theDistTarballRunsWithAnEmptyEnvironment() throws {
    let scratch = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let dist = scratch.appendingPathComponent("dist").path
    let make = try Self.make(["dist", "DIST_DIR=\(dist)", "CHECK_STATIC=no"], scratch: scratch)
    #expect(make.status == 0, "make dist: \(make.stderrText)")
    let names = try FileManager.default.contentsOfDirectory(atPath: dist).sorted()
    let arch = try Shell.run("uname -m", in: scratch).stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
    let base = "imid-0.1.0-linux-\(arch)"
    #expect(names == [base + ".tar.gz", base + ".tar.gz.sha256"])

    let run = try Shell.run("""
      set -e
      cd "$1"
      sha256sum -c "$2.tar.gz.sha256" >/dev/null
      tar -tzf "$2.tar.gz" | sort > "$3/listing.txt"
      mkdir "$3/x" && tar -xzf "$2.tar.gz" -C "$3/x"
      cd "$3"
      env -i "x/$2/bin/imid" list | grep -q '^Thalidomide'
      env -i "x/$2/bin/imid" --version
      env -i "x/$2/bin/imid" --help | grep -q validate
      """, [dist, base, scratch.path], in: scratch)
    #expect(run.status == 0, "extracted binary: \(run.stderrText)")
    #expect(run.stdoutText.hasPrefix("imid 0.1.0\nbuilt-in catalogue "))
    let listing = try String(contentsOf: scratch.appendingPathComponent("listing.txt"), encoding: .utf8)
    let files = listing.split(separator: "\n").filter { !$0.hasSuffix("/") }.map { String($0.dropFirst(base.count + 1)) }
    #expect(files.sorted() == (Self.installed + ["LICENSE", "README.md"]).sorted())
  }

  /// `make TARGETS` in the package, with the test-built binary and a staging folder of its own.
  static func make(_ arguments: [String], scratch: URL) throws -> ShellRun {
    let stage = scratch.appendingPathComponent("stage").path
    return try Shell.run(#"root="$1"; bin="$0"; shift; make --no-print-directory -C "$root" BIN="$bin" "$@""#,
      [Binary.packageRoot.path] + arguments + ["STAGE=\(stage)"], in: scratch)
  }

  /// Every file and link under `root` (directories left out), relative and sorted.
  static func files(under root: String) throws -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
    var files: [String] = []
    while let path = walker.nextObject() as? String {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), isDirectory.boolValue { continue }
      files.append(path)
    }
    return files.sorted()
  }
}
