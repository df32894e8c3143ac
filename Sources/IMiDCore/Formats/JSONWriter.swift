/// Writes a `JSONValue` as pretty-printed JSON (two-space indent, members in the given order),
/// escaping every control character so nothing unsafe reaches a file or a terminal.
public enum JSONWriter {
  /// The document, ending in a newline.
  public static func document(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: 0, into: &out)
    out += "\n"
    return out
  }

  private static func write(_ value: JSONValue, indent: Int, into out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let bool): out += bool ? "true" : "false"
    case .number(let number, let isInteger, _):
      if isInteger, abs(number) < 9e15 { out += String(Int(number)) } else { out += String(number) }
    case .string(let string): writeString(string, into: &out)
    case .array(let elements):
      guard !elements.isEmpty else { out += "[]"; return }
      out += "[\n"
      for (index, element) in elements.enumerated() {
        out += String(repeating: "  ", count: indent + 1)
        write(element, indent: indent + 1, into: &out)
        out += index + 1 < elements.count ? ",\n" : "\n"
      }
      out += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else { out += "{}"; return }
      out += "{\n"
      for (index, member) in members.enumerated() {
        out += String(repeating: "  ", count: indent + 1)
        writeString(member.key, into: &out)
        out += ": "
        write(member.value, indent: indent + 1, into: &out)
        out += index + 1 < members.count ? ",\n" : "\n"
      }
      out += String(repeating: "  ", count: indent) + "}"
    }
  }

  private static func writeString(_ string: String, into out: inout String) {
    out += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if TextSafety.isUnsafe(scalar) {
          let hex = String(scalar.value, radix: 16)
          if scalar.value <= 0xFFFF {
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          } else {
            out.unicodeScalars.append("\u{FFFD}")
          }
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
