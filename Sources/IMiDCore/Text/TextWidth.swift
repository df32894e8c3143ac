/// Display width of text in terminal cells, the way `wcwidth(3)` measures it, but independent
/// of the process locale so that layout and tests agree on every machine.
public enum TextWidth {
  /// Cells one scalar occupies: 0 for combining marks and invisible format characters,
  /// 2 for East Asian wide and fullwidth characters and emoji shown as emoji, 1 otherwise.
  @inlinable
  public static func cells(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x0300 { return value < 0x20 || (value >= 0x7F && value < 0xA0) ? 0 : 1 }
    // Combining diacritical marks, all nonspacing: accents written as e + U+0301.
    if value <= 0x036F { return 0 }
    // Common one-cell ranges in every frame (Greek, punctuation, arrows, box drawing and
    // geometric shapes), answered without the Unicode property tables.
    if isSingleCell(scalar) { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B { return 0 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  /// Whether a scalar is, wherever it stands, a grapheme of its own that is safe to show and
  /// one cell wide: printable ASCII, Latin-1 letters and signs (not the soft hyphen), Greek,
  /// and the punctuation, arrows, box drawing and shapes of `cells(of:)`'s one-cell ranges.
  /// (No scalar here extends or joins a neighbour into one cluster, and none is escaped by
  /// `TextSafety`.) Text made only of these is laid out a scalar a cell.
  @inlinable
  public static func isSingleCell(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x0300 { return (value >= 0x20 && value < 0x7F) || (value >= 0xA0 && value != 0xAD) }
    return (0x0370...0x03FF).contains(value) || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
      || (0x2190...0x21FF).contains(value) || (0x2500...0x25FC).contains(value)
  }

  /// Cells a string occupies: the sum over its scalars, as `wcswidth` does, except for emoji
  /// sequences (joined by U+200D, flags, skin tones, emoji presentation selectors), which are
  /// measured as the grapheme clusters modern terminals draw them as.
  @inlinable
  public static func cells(of text: String) -> Int {
    // Printable ASCII, most of any catalogue: a cell a byte.
    if TextSafety.isPrintableASCII(text) { return text.utf8.count }
    var total = 0
    for scalar in text.unicodeScalars {
      if startsSequence(scalar.value) { return text.reduce(0) { $0 + cells(of: $1) } }
      total += cells(of: scalar)
    }
    return total
  }

  /// Cells one extended grapheme cluster occupies: 2 for an emoji sequence (a ZWJ sequence
  /// such as 👩‍⚕️, a flag of two regional indicators, an emoji with a skin tone or with the
  /// emoji presentation selector), else the sum over its scalars.
  @inlinable
  public static func cells(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    var total = 0
    var sequence = false
    for scalar in scalars {
      total += cells(of: scalar)
      if startsSequence(scalar.value) { sequence = true }
    }
    guard sequence, let first = scalars.first else { return total }
    if (0x1F1E6...0x1F1FF).contains(first.value) { return scalars.count >= 2 ? 2 : 1 }
    return first.properties.isEmoji || first.properties.isEmojiPresentation ? 2 : total
  }

  /// Scalars that make a grapheme cluster an emoji sequence: ZWJ, VS16, a regional
  /// indicator, a skin-tone modifier.
  @inlinable
  static func startsSequence(_ value: UInt32) -> Bool {
    value == 0x200D || value == 0xFE0F || (0x1F1E6...0x1F1FF).contains(value) || (0x1F3FB...0x1F3FF).contains(value)
  }

  @usableFromInline
  static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// `text` cut to at most `width` cells, ending in `…` when something was cut.
  /// Never splits a grapheme cluster; a width of 0 gives "".
  public static func truncate(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if cells(of: text) <= width { return text }
    var result = ""
    var used = 0
    for character in text {
      let w = cells(of: character)
      if used + w > width - 1 { break }
      result.append(character)
      used += w
    }
    return result + "…"
  }

  /// `text` padded on the right with spaces to at least `width` cells.
  public static func pad(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - cells(of: text)))
  }
}
