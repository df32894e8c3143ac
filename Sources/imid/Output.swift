/// Writes command output to standard output.
enum Output {
  /// Lines, each ending in a newline.
  static func write(_ lines: [String]) {
    var text = ""
    for line in lines {
      text += line
      text += "\n"
    }
    print(text, terminator: "")
  }

  /// A whole document as is.
  static func write(_ text: String) { print(text, terminator: "") }
}
