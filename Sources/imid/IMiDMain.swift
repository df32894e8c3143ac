#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser
import CProcess

/// Entry point: parses the command line and turns every failure into `imid: …` lines on stderr
/// and a sysexits status (64 usage, 65 bad data, 66 no input, 73 cannot create, 74 I/O).
@main
enum IMiDMain {
  static func main() {
    let status: ExitStatus
    Output.guardClosedDescriptor()
    // One malloc arena for every thread: a large catalogue is read on two threads, and a
    // second arena kept some 8 MB of the reading thread's freed entries (peak RSS measured on
    // the 100,000-drug catalogue); sharing one cost no time there.
    imid_use_one_malloc_arena()
    do {
      if let catalog = QuickLaunch.catalogToBrowse(Array(CommandLine.arguments.dropFirst())), Terminal.canBrowse {
        try Browse.run(catalog)
      } else {
        // A file-size limit must not kill a command half-way: the write fails with EFBIG and is
        // reported (exit 74). The browser handles its own signals.
        signal(SIGXFSZ, SIG_IGN)
        var command = try Imid.parseAsRoot()
        try command.run()
        try Output.finish()
      }
      status = .ok
    } catch let error as CLIError {
      for line in error.lines { Terminal.printError("imid: " + line) }
      status = error.code
    } catch {
      let code = Imid.exitCode(for: error)
      if code == .success {
        // --help and --version (whose plain program version gets the catalogue's edition beside it).
        let message = Imid.fullMessage(for: error)
        print(message == Imid.version ? VersionText.lines().joined(separator: "\n") : message)
        status = .ok
      } else {
        let message = Imid.message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid usage"
        Terminal.printError("imid: \(message) (see 'imid --help')")
        status = .usage
      }
    }
    fflush(nil)
    exit(status.rawValue)
  }
}
