import ArgumentParser
import IMiDCurses

/// How the browser uses the terminal: `--color`, `--no-mouse`, `--no-clipboard` (for `imid` and
/// `imid browse`).
struct TerminalOptions: ParsableArguments {
  enum ColorWhen: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
  }

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Colours: auto (when the terminal has them and NO_COLOR is unset), always (even with NO_COLOR) or never.",
      valueName: "when"))
  var color: ColorWhen = .auto

  @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text): no clicks or wheel in the browser.")
  var noMouse = false

  @Flag(name: .customLong("no-clipboard"), help: "y copies nothing (it otherwise writes OSC 52, which the terminal puts on its clipboard).")
  var noClipboard = false

  /// The options for the terminal driver.
  var resolved: TerminalBrowser.Options {
    let choice: TerminalBrowser.ColorChoice
    switch color {
    case .auto: choice = .auto
    case .always: choice = .always
    case .never: choice = .never
    }
    return TerminalBrowser.Options(color: choice, mouse: !noMouse, clipboard: !noClipboard)
  }
}
