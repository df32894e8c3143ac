import ArgumentParser
import IMiDCore

/// `imid manual`, hidden from help: prints the manual page (roff) that `make man` and
/// `make install` write as imid.1 and that docs/imid.1 holds.
struct ManualPageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual",
    abstract: "Print the manual page (roff), made from the commands and the browser's key table.",
    shouldDisplay: false)

  func run() throws {
    try Output.write(ManPage.render(try ManualSource.program()))
  }
}
