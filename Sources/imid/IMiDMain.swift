#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser

/// Entry point: parses the command line and turns every failure into `imid: …` lines on stderr
/// and a sysexits status (64 usage, 65 bad data, 66 no input).
@main
enum IMiDMain {
  static func main() {
    let status: ExitStatus
    do {
      if let catalog = QuickLaunch.catalogToBrowse(Array(CommandLine.arguments.dropFirst())), Terminal.canBrowse {
        try Browse.run(catalog)
      } else {
        var command = try Imid.parseAsRoot()
        try command.run()
      }
      status = .ok
    } catch let error as CLIError {
      for line in error.lines { Terminal.printError("imid: " + line) }
      status = error.code
    } catch {
      let code = Imid.exitCode(for: error)
      if code == .success {
        // --help and --version.
        print(Imid.fullMessage(for: error))
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
