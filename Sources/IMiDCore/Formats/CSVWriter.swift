/// RFC 4180 CSV: one header row, CRLF line ends, fields quoted when they hold a comma, a quote,
/// CR or LF (quotes doubled). Unsafe characters are replaced before writing.
public enum CSVWriter {
  /// One field, quoted when needed.
  public static func field(_ text: String) -> String {
    let safe = TextSafety.sanitized(text)
    guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return safe }
    return "\"" + safe.replacingAll("\"", with: "\"\"") + "\""
  }

  /// The whole document: header, then rows, each line ending in CRLF.
  public static func document(header: [String], rows: [[String]]) -> String {
    var text = header.map(field).joined(separator: ",") + "\r\n"
    for row in rows { text += row.map(field).joined(separator: ",") + "\r\n" }
    return text
  }
}

extension String {
  /// Replaces every occurrence of `target` (a single character) with `replacement`.
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
