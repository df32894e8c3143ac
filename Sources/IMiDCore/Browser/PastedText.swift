/// Pasted text made fit for a one-line prompt. A paste arrives whole (`Key.paste`), newlines
/// included; in a prompt a newline must never act as Enter, and no control may reach the
/// screen or a file name.
enum PastedText {
  /// `text` for the `/` search, at most `room` characters: each character holding a control
  /// (line feed, carriage return, CR LF, tab, ESC, …) or another unsafe scalar becomes a space,
  /// so a pasted line break separates words as it did.
  static func forSearch(_ text: String, room: Int) -> String {
    var result = ""
    var count = 0
    for character in text {
      guard count < room else { break }
      result.append(character.unicodeScalars.contains(where: TextSafety.isUnsafe) ? " " : character)
      count += 1
    }
    return result
  }

  /// `text` for the export's file name, at most `room` characters: characters holding a control
  /// or another unsafe scalar are dropped (a file name has no use for a line break).
  static func forFileName(_ text: String, room: Int) -> String {
    var result = ""
    var count = 0
    for character in text where !character.unicodeScalars.contains(where: TextSafety.isUnsafe) {
      guard count < room else { break }
      result.append(character)
      count += 1
    }
    return result
  }
}
