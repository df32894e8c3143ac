/// Small helpers for building views out of plain lines.
public enum TextLines {
  /// `line` without trailing spaces.
  public static func trimTrailingSpaces(_ line: String) -> String {
    // Counted in bytes: a trailing ASCII space is one byte, and a space followed by a
    // combining mark does not end in 0x20, so it stays, as with Character comparison.
    var trailing = 0
    for byte in line.utf8.reversed() {
      guard byte == 0x20 else { break }
      trailing += 1
    }
    return trailing == 0 ? line : String(decoding: line.utf8.dropLast(trailing), as: UTF8.self)
  }

  /// A paragraph wrapped to `width` with `indent` spaces before every line (the indent counts
  /// toward the width). Unsafe characters are replaced first.
  public static func paragraph(_ text: String, width: Int, indent: Int = 0) -> [String] {
    hanging(text, width: width, first: String(repeating: " ", count: indent), rest: indent)
  }

  /// A paragraph whose first line starts with `first` (e.g. `"[12] "`) and whose other lines
  /// are indented by `rest` spaces.
  public static func hanging(_ text: String, width: Int, first: String, rest: Int) -> [String] {
    // Printable ASCII (every reference of a generated catalogue, most of a curated one): no
    // escaping, and lines that cannot overflow `width`, so nothing to cut; each line is built
    // once. An export of 50,000 sources lays out this way.
    if TextSafety.isPrintableASCII(text), TextSafety.isPrintableASCII(first), width - max(first.utf8.count, rest) >= 1 {
      let wrapped = TextWrap.lines(text, width: width - max(first.utf8.count, rest))
      return wrapped.enumerated().map { index, line in
        var out = index == 0 ? first : ""
        out += String(repeating: " ", count: max(0, rest - out.utf8.count))
        out += line
        return trimTrailingSpaces(out)
      }
    }
    let firstWidth = TextWidth.cells(of: first)
    let bodyWidth = max(1, width - max(firstWidth, rest))
    let wrapped = TextWrap.lines(TextSafety.sanitized(text), width: bodyWidth)
    let pad = String(repeating: " ", count: rest)
    return wrapped.enumerated().map { index, line in
      trimTrailingSpaces(TextWidth.truncate((index == 0 ? TextWidth.pad(first, to: rest) : pad) + line, to: max(1, width)))
    }
  }

  /// A heading (wrapped when longer than the width) followed by a rule as wide as its longest
  /// line: `Efficacy` / `────────`.
  public static func heading(_ text: String, width: Int) -> [String] {
    let lines = TextWrap.lines(TextSafety.sanitized(text), width: max(1, width)).map(trimTrailingSpaces)
    let widest = lines.map { TextWidth.cells(of: $0) }.max() ?? 0
    return lines + [String(repeating: "─", count: min(max(1, width), widest))]
  }
}
