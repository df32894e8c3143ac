import ArgumentParser

/// `--width N`: how wide text output may be, in terminal cells.
struct WidthOption: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Width of text output in cells (default: the terminal's, or 80).", valueName: "n"))
  var width: Int?

  func validate() throws {
    if let width, !(20...1000).contains(width) {
      throw ValidationError("--width must be between 20 and 1000, not \(width)")
    }
  }

  /// The width to render at.
  var resolved: Int { width ?? max(20, Terminal.outputWidth()) }
}
