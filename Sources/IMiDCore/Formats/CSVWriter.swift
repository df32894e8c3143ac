/// RFC 4180 CSV: one header row, CRLF line ends, fields quoted when they hold a comma, a quote,
/// CR or LF (quotes doubled). Unsafe characters are replaced before writing, and a field a
/// spreadsheet would run as a formula is neutralised (see `neutralised`).
public enum CSVWriter {
  /// One field, neutralised and quoted when needed.
  public static func field(_ text: String) -> String {
    let safe = neutralised(text)
    guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else { return safe }
    return "\"" + safe.replacingAll("\"", with: "\"\"") + "\""
  }

  /// `text` made safe to open in a spreadsheet (OWASP's advice against CSV injection): a field
  /// beginning with `=`, `+`, `-`, `@`, tab or carriage return gets a leading `'`, so Excel,
  /// LibreOffice and Google Sheets show it as text instead of evaluating it. A plain number
  /// (`-12`, `+3.5`, `-1.5e3`) is left alone: it cannot call anything, and a prefix would turn
  /// data into text. Unsafe characters are then replaced (tab and CR become spaces).
  public static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(text) else {
      return TextSafety.sanitized(text)
    }
    return "'" + TextSafety.sanitized(text)
  }

  /// Whether `text` is a decimal number and nothing else: an optional sign, digits with an
  /// optional fraction, and an optional exponent (`-12`, `+3.5`, `.5`, `1e5`, `-2.5E-3`).
  public static func isPlainNumber(_ text: String) -> Bool {
    var bytes = text.utf8[...]
    func digits() -> Int {
      let count = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }.count
      bytes = bytes.dropFirst(count)
      return count
    }
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    var mantissa = digits()
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      mantissa += digits()
    }
    guard mantissa > 0 else { return false }
    if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
      guard digits() > 0 else { return false }
    }
    return bytes.isEmpty
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
