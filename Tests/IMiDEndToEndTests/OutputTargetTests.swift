import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Where an export goes: `-o -` is stdout, a FIFO or device is written in place, a symbolic
/// link is written through and kept, a replaced file keeps its mode and owner, a temporary file
/// never outlives a signal, and every failed write to stdout is exit 74. All on private files,
/// FIFOs, links and device nodes made in a temporary folder, never on a system path.
@Suite struct OutputTargetTests {
  func leftovers(in directory: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasPrefix(".imid-export") }
  }

  @Test func dashMeansStandardOutput() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let dash = try Shell.run(#""$0" export --view drugs --format csv -o -"#, in: directory)
    let plain = try Shell.run(#""$0" export --view drugs --format csv"#, in: directory)
    #expect(dash.status == 0)
    #expect(dash.stderr.isEmpty)
    #expect(dash.stdout == plain.stdout && dash.stdout.count > 100)
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("-").path))
  }

  @Test func aFIFOWithAReaderReceivesTheExportInPlace() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try Shell.run(
      #"mkfifo pipe && { timeout 20 cat pipe > got & } && "$0" export --view drugs -o pipe; status=$?; wait; test -p pipe && exit $status"#,
      in: directory)
    #expect(run.status == 0, "\(run.stderrText)")
    #expect(run.stderrLines == ["imid: exported 6 drugs to pipe"])
    let got = try String(contentsOf: directory.appendingPathComponent("got"), encoding: .utf8)
    #expect(got.contains("Lenalidomide"))
    #expect(leftovers(in: directory).isEmpty)
  }

  @Test func aSymbolicLinkIsWrittenThroughAndKept() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try Shell.run(
      #"""
      mkdir real && echo old > real/target.txt && ln -s real/target.txt link
      "$0" export --view drugs -o link; echo "without force: $?"
      "$0" export --view drugs -o link --force; echo "with force: $?"
      test -L link && echo "still a link to $(readlink link)"
      head -c 11 real/target.txt; echo
      ls -A real | grep -c . 
      """#, in: directory)
    #expect(run.stdoutText == """
      without force: 73
      with force: 0
      still a link to real/target.txt
      Thalidomide
      1

      """)
    #expect(run.stderrLines == ["imid: link: already exists (use --force to replace it)", "imid: exported 6 drugs to link"])
    // A link to a link to a file that is not there yet: the file is created at the end.
    let dangling = try Shell.run(
      #"ln -s second first && ln -s real/new.txt second && "$0" export --view drugs -o first --force && test -L first && test -L second && test -s real/new.txt"#,
      in: directory)
    #expect(dangling.status == 0, "\(dangling.stderrText)")
  }

  @Test func forceKeepsTheReplacedFilesModeAndOwner() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let owner = getuid() == 0 ? "chown 4321:4322 secret.txt" : "true"
    let run = try Shell.run(
      #"echo x > secret.txt && chmod 600 secret.txt && \#(owner) && "$0" export --view drugs -o secret.txt --force && stat -c '%a %u %g' secret.txt"#,
      in: directory)
    #expect(run.status == 0, "\(run.stderrText)")
    let expected = getuid() == 0 ? "600 4321 4322\n" : "600 \(getuid()) \(getgid())\n"
    #expect(run.stdoutText == expected)
  }

  @Test func directoriesSocketsAndMissingFoldersAreRefused() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try Shell.run(
      #"""
      mkdir folder
      python3 -c 'import socket; s = socket.socket(socket.AF_UNIX); s.bind("sock")'
      "$0" export --view drugs -o folder --force; echo $?
      "$0" export --view drugs -o sock --force; echo $?
      test -S sock && echo socket kept
      """#, in: directory)
    #expect(run.stdoutText == "73\n73\nsocket kept\n")
    #expect(run.stderrLines == ["imid: folder: is a directory", "imid: sock: is a socket; write to a file, a FIFO or a device"])
  }

  @Test(arguments: ["INT", "TERM", "HUP"])
  func aSignalMidExportLeavesNoTemporaryFile(signal: String) throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    // The writer holds (IMID_TEST_HOLD_EXPORT) once its temporary file is written; the
    // signal then arrives before the rename.
    let run = try Shell.run(
      #"""
      # Signals the test runner ignores would stay ignored in the child: reset them.
      env --default-signal=\#(signal) "$0" export --view matrix -o out.txt 2> err &
      pid=$!
      for i in $(seq 200); do grep -q held err && break; sleep 0.05; done
      ls -A | grep -c '^\.imid-export'
      kill -\#(signal) $pid
      wait $pid; echo "status $?"
      ls -A | grep -c '^\.imid-export'
      test -e out.txt && echo "out.txt exists"
      true
      """#, in: directory, environment: ["IMID_TEST_HOLD_EXPORT": "1"])
    let number = ["INT": 2, "TERM": 15, "HUP": 1][signal] ?? 0
    #expect(run.stdoutText == "1\nstatus \(128 + number)\n0\n", "\(run.stderrText)")
  }

  /// ThreadSanitizer's runtime cannot start under a small file-size limit (see ExportCommandTests).
  @Test(.disabled(if: ProcessInfo.processInfo.environment["IMID_SANITIZER"] == "thread",
    "ThreadSanitizer cannot run under ulimit -f"))
  func everyCommandReportsAFailedWriteToStandardOutput() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let commands = ["list", "show thalidomide", "matrix", "compare thalidomide lenalidomide", "cite galustian2004",
                    "export --view drugs", "validate $1"]
    let catalogue = Binary.packageRoot.appendingPathComponent("Resources/catalog.json").path
    for command in commands {
      // A file-size limit (SIGXFSZ at its default: imid ignores it and reports EFBIG); the
      // message goes through a pipe, which the limit does not cover.
      let limited = try Shell.run(
        #"(ulimit -f 0; exec "$0" "# + command + #" > big.txt) 2>&1 | cat; echo ${PIPESTATUS[0]}"#, [catalogue], in: directory)
      #expect(limited.stdoutText == "imid: cannot write standard output: File too large\n74\n", "\(command)")
      // A pipe whose reader is gone, with SIGPIPE ignored (as under some shells and daemons).
      let closedPipe = try Shell.run(
        #"python3 "$2" "$0" "# + command, [catalogue, Self.closedPipeRunner(in: directory)], in: directory)
      #expect(closedPipe.status == 74, "\(command)")
      #expect(closedPipe.stderrLines == ["imid: cannot write standard output: Broken pipe"], "\(command)")
      // A closed standard output.
      let closed = try Shell.run(#""$0" "# + command + " >&-", [catalogue], in: directory)
      #expect(closed.status == 74, "\(command)")
      #expect(closed.stderrLines == ["imid: cannot write standard output: Bad file descriptor"], "\(command)")
    }
    // With SIGPIPE at its default, an early-closing reader ends imid quietly.
    let head = try Shell.run(#""$0" list | head -1"#, in: directory)
    #expect(head.status == 0)
    #expect(head.stderr.isEmpty)
  }

  /// A Python script that runs its arguments with stdout a pipe whose reader is already
  /// closed and SIGPIPE ignored; its exit status is theirs.
  static func closedPipeRunner(in directory: URL) throws -> String {
    let url = directory.appendingPathComponent("closed-pipe.py")
    try """
      import os, signal, subprocess, sys
      reader, writer = os.pipe()
      os.close(reader)
      signal.signal(signal.SIGPIPE, signal.SIG_IGN)
      sys.exit(subprocess.call(sys.argv[1:], stdout=writer, restore_signals=False))
      """.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func aFullDeviceIsWrittenInPlaceAndReportedFull() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    // A private full device (char 1,7), made only where the test may (root).
    let made = try Shell.run("mknod full c 1 7", in: directory)
    guard made.status == 0 else {
      print("skipped: cannot make a private full device here: \(made.stderrText)")
      return
    }
    let run = try Shell.run(
      #"""
      "$0" list > full; echo "stdout $?"
      "$0" export --view drugs -o full; echo "file $?"
      test -c full && echo "still a device"
      """#, in: directory)
    #expect(run.stdoutText == "stdout 74\nfile 74\nstill a device\n")
    #expect(run.stderrLines == [
      "imid: cannot write standard output: No space left on device",
      "imid: full: write failed: No space left on device",
    ])
    #expect(leftovers(in: directory).isEmpty)
  }
}
