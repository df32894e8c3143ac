/// Catalogue text made safe to place in Markdown (CommonMark and GitHub's dialect), so that a
/// word of data never turns into markup: a `*` into emphasis, a `|` into a table column, a
/// leading `+ ` or `2003. ` into a list, a `#` into a heading or its closing marks.
public enum MarkdownText {
  /// Text for inside a line (a table cell, a heading, after a list marker): unsafe characters
  /// replaced, then `\ ` * _ [ ] < > | ~ # &` backslash-escaped (CommonMark allows a backslash
  /// before any ASCII punctuation, and renders it as the character alone).
  public static func inline(_ text: String) -> String {
    var out = ""
    for character in TextSafety.sanitized(text) {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "&": out += "\\" + String(character)
      default: out.append(character)
      }
    }
    return out
  }

  /// Text that begins a block (a paragraph, a list item's text): as `inline`, trimmed (leading
  /// spaces would make code, trailing ones a line break), and with a first character that
  /// would open a block escaped: `+ `, `-`, `=` (list marker, rule, setext underline) or the
  /// punctuation after leading digits (`2003.` and `1)` open ordered lists).
  public static func block(_ text: String) -> String {
    let safe = inline(text).trimmedWhitespace
    guard let first = safe.first else { return safe }
    // `+ ` opens a list ("+++ strong" does not); `-` also opens a rule ("---"), `=` underlines.
    if first == "-" || first == "=" || (first == "+" && (safe.dropFirst().first ?? " ") == " ") { return "\\" + safe }
    let digits = safe.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let after = safe.dropFirst(digits.count).first, after == "." || after == ")" {
      return String(digits) + "\\" + String(safe.dropFirst(digits.count))
    }
    return safe
  }
}
