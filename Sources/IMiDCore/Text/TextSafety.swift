/// Which characters of untrusted catalogue text may reach a terminal or an export.
///
/// One definition serves both lines of defence: validation rejects text holding any of these,
/// and `sanitized` replaces them visibly for text that reaches a renderer anyway.
public enum TextSafety {
  /// Whether a scalar is unsafe to show: C0 and C1 controls (ESC included, so no CSI or OSC
  /// sequence can be formed), DEL, bidirectional embeddings, overrides and isolates, zero-width
  /// and other invisible format characters, line and paragraph separators, and noncharacters.
  @inlinable
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || (value >= 0x7F && value <= 0x9F) { return true }
    if value < 0x00AD { return false }  // fast path for ASCII and Latin-1 letters
    // Fast path for the ranges every frame is full of: Greek, visible punctuation, arrows,
    // box drawing and geometric shapes (none of them controls or format characters).
    if (0x0370...0x03FF).contains(value) || (0x2010...0x2027).contains(value) || (0x2030...0x205F).contains(value)
      || (0x2190...0x21FF).contains(value) || (0x2500...0x25FF).contains(value)
    {
      return false
    }
    switch value {
    case 0x00AD,  // soft hyphen: invisible
      0x061C,  // Arabic letter mark
      0x180E,  // Mongolian vowel separator
      0x200B...0x200F,  // zero-width space/joiners, LRM, RLM
      0x2028, 0x2029,  // line and paragraph separators
      0x202A...0x202E,  // bidi embeddings and overrides
      0x2060...0x206F,  // word joiner, invisible operators, bidi isolates
      0xFEFF,  // zero-width no-break space (BOM)
      0xFFF9...0xFFFB,  // interlinear annotation controls
      0xFDD0...0xFDEF, 0xFFFE, 0xFFFF:  // noncharacters
      return true
    default:
      return scalar.properties.generalCategory == .format
        || scalar.properties.generalCategory == .privateUse
    }
  }

  /// The first unsafe scalar in `text`, or nil when the text is safe.
  public static func firstUnsafeScalar(in text: String) -> Unicode.Scalar? {
    // Fast path: printable ASCII is safe, and most catalogue text is nothing else.
    var ascii = true
    for byte in text.utf8 where byte < 0x20 || byte >= 0x7F {
      ascii = false
      break
    }
    if ascii { return nil }
    for scalar in text.unicodeScalars where isUnsafe(scalar) { return scalar }
    return nil
  }

  /// `text` with every unsafe scalar replaced: tab, line feed and carriage return become a
  /// space (so a stray newline cannot break a layout), anything else becomes U+FFFD `�`.
  public static func sanitized(_ text: String) -> String {
    guard firstUnsafeScalar(in: text) != nil else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if !isUnsafe(scalar) {
        result.append(scalar)
      } else if scalar == "\t" || scalar == "\n" || scalar == "\r" {
        result.append(" ")
      } else {
        result.append("\u{FFFD}")
      }
    }
    return String(result)
  }

  /// A name for an unsafe scalar in a message, e.g. `U+001B (ESC)`.
  public static func describe(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    switch scalar.value {
    case 0x1B: return code + " (ESC)"
    case 0x09: return code + " (tab)"
    case 0x0A: return code + " (line feed)"
    case 0x0D: return code + " (carriage return)"
    case 0x00: return code + " (NUL)"
    case 0x80...0x9F: return code + " (C1 control)"
    case 0x202A...0x202E, 0x2066...0x2069: return code + " (bidirectional control)"
    default: return code
    }
  }
}
