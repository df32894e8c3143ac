/// Escaping text for roff (the man(7) macros), so that whatever a help string or a key label
/// holds is printed as written and never read as a request or an escape.
enum Roff {
  /// `text` as roff input: backslashes as `\e`, every hyphen as `\-` (so options and commands
  /// copied from the page are typed with ASCII hyphen-minus), every other character outside
  /// printable ASCII as a `\[uXXXX]` glyph (the page is plain ASCII, whatever the locale), and
  /// a `\&` in front of a `.` or `'` that would start a line (a control line otherwise).
  static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\e"
      case "-": result += "\\-"
      case "\n", "\t": result += " "
      case " "..."~": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\[u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "]"
      }
    }
    return guarded(result)
  }

  /// `line` with a zero-width `\&` in front when it starts with `.` or `'`.
  static func guarded(_ line: String) -> String {
    line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : line
  }

  /// Bold text, in the current font afterwards.
  static func bold(_ text: String) -> String { "\\fB" + escaped(text) + "\\fR" }

  /// Italic text (a placeholder), in the current font afterwards.
  static func italic(_ text: String) -> String { "\\fI" + escaped(text) + "\\fR" }
}
