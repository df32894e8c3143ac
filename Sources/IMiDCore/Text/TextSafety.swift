/// Which characters of untrusted catalogue text may reach a terminal or an export.
///
/// One definition serves both lines of defence: validation rejects text holding any of these,
/// and `sanitized` replaces them visibly for text that reaches a renderer anyway.
public enum TextSafety {
  /// Whether a scalar is unsafe to show: C0 and C1 controls (ESC included, so no CSI or OSC
  /// sequence can be formed), DEL, bidirectional embeddings, overrides and isolates, zero-width
  /// spaces and other invisible format characters, line and paragraph separators, and
  /// noncharacters. The zero-width joiner and non-joiner are allowed: words and emoji need them.
  @inlinable
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 || (value >= 0x7F && value <= 0x9F) { return true }
    if value < 0x00AD { return false }  // fast path for ASCII and Latin-1 letters
    // Fast path for the ranges text is made of (none holds a control or format character): Latin
    // letters with accents, combining accents, Greek, Cyrillic, kana, CJK, Hangul; and for what every
    // frame is full of: visible punctuation, arrows,
    // box drawing and geometric shapes (none of them controls or format characters).
    if (0x00AE...0x052F).contains(value) || (0x3040...0x30FF).contains(value) || (0x4E00...0x9FFF).contains(value)
      || (0xAC00...0xD7A3).contains(value) || (0x2010...0x2027).contains(value) || (0x2030...0x205F).contains(value)
      || (0x2190...0x21FF).contains(value) || (0x2500...0x25FF).contains(value)
    {
      return false
    }
    switch value {
    case 0x200C, 0x200D:
      // Zero-width non-joiner and joiner: ordinary in Persian and other scripts' words and in
      // emoji sequences (👩‍⚕️); they join or part letters and cannot form an escape sequence.
      return false
    case 0x00AD,  // soft hyphen: invisible
      0x061C,  // Arabic letter mark
      0x180E,  // Mongolian vowel separator
      0x200B, 0x200E, 0x200F,  // zero-width space, LRM, RLM
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

  /// Whether every byte of `text` is printable ASCII (0x20–0x7E): most of what a catalogue
  /// holds, for which measuring, wrapping and sanitizing take shortcuts. Eight bytes at a time.
  public static func isPrintableASCII(_ text: String) -> Bool {
    if let answer = text.utf8.withContiguousStorageIfAvailable({ isPrintableASCII($0) }) { return answer }
    return text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
  }

  /// `isPrintableASCII` for bytes.
  static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = endOfPrintableWords(bytes, from: 0)
    // A whole word left over is one that is not printable ASCII; fewer bytes are checked here.
    guard index + 8 > bytes.count else { return false }
    while index < bytes.count {
      guard bytes[index] >= 0x20 && bytes[index] < 0x7F else { return false }
      index += 1
    }
    return true
  }

  /// The first unsafe scalar in `text`, or nil when the text is safe.
  public static func firstUnsafeScalar(in text: String) -> Unicode.Scalar? {
    // Printable ASCII (most catalogue text) is stepped over eight bytes at a time.
    if let found = text.utf8.withContiguousStorageIfAvailable({ firstUnsafe(utf8: $0) }), found.valid { return found.scalar }
    for scalar in text.unicodeScalars where isUnsafe(scalar) { return scalar }
    return nil
  }

  /// Whether UTF-8 `bytes` are valid and hold no unsafe scalar: `firstUnsafeScalar` for text
  /// still in a file's bytes, so that checking it builds no `String`.
  static func isSafe(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let found = firstUnsafe(utf8: bytes)
    return found.scalar == nil && found.valid
  }

  /// The first unsafe scalar in UTF-8 `bytes` (nil when there is none), and whether the bytes
  /// up to it are valid UTF-8 (a `String`'s always are). An ASCII byte is judged as it is; only
  /// the sequences beyond ASCII are decoded.
  private static func firstUnsafe(utf8 bytes: UnsafeBufferPointer<UInt8>) -> (scalar: Unicode.Scalar?, valid: Bool) {
    var index = 0
    while index < bytes.count {
      index = endOfPrintableWords(bytes, from: index)
      guard index < bytes.count else { break }
      let lead = bytes[index]
      if lead < 0x80 {
        if lead < 0x20 || lead == 0x7F { return (Unicode.Scalar(lead), true) }
        index += 1
        continue
      }
      guard let (scalar, length) = scalar(utf8: bytes, at: index) else { return (nil, false) }
      if isUnsafe(scalar) { return (scalar, true) }
      index += length
    }
    return (nil, true)
  }

  /// The scalar whose UTF-8 sequence (of two to four bytes) starts at `index`, and its length;
  /// nil for a malformed sequence.
  private static func scalar(utf8 bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
    let lead = UInt32(bytes[index])
    let length: Int
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: (length, value) = (2, lead & 0x1F)
    case 0xE0...0xEF: (length, value) = (3, lead & 0x0F)
    case 0xF0...0xF4: (length, value) = (4, lead & 0x07)
    default: return nil
    }
    guard index + length <= bytes.count else { return nil }
    for offset in 1..<length {
      let byte = UInt32(bytes[index + offset])
      guard byte & 0xC0 == 0x80 else { return nil }
      value = value << 6 | (byte & 0x3F)
    }
    // No overlong forms: each length holds only what the shorter ones cannot.
    let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
    guard value >= smallest, let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, length)
  }

  /// `text` with every unsafe scalar shown as a visible escape instead of emitted: ESC as `\e`,
  /// line feed `\n`, carriage return `\r`, tab `\t`, other C0 controls and DEL as `\x07`,
  /// and C1, bidi, invisible and other format characters as `\u202E` (`\U000E0001` beyond
  /// the BMP). The result is one line that a terminal shows as written, whatever the text held:
  /// the one sanitiser for everything that reaches a terminal or an export (values, key names,
  /// ids, paths, typed text).
  public static func sanitized(_ text: String) -> String {
    guard firstUnsafeScalar(in: text) != nil else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isUnsafe(scalar) { result.append(contentsOf: escape(scalar).unicodeScalars) } else { result.append(scalar) }
    }
    return String(result)
  }

  /// A whole document for standard output or a file: like `sanitized`, but line ends (LF and
  /// CRLF, which CSV and RIS use) are kept, so only what could act on a terminal is escaped.
  public static func sanitizedDocument(_ text: String) -> String {
    guard needsEscapingAsDocument(text) else { return text }
    var result = String.UnicodeScalarView()
    var pendingReturn = false
    for scalar in text.unicodeScalars {
      if pendingReturn {
        pendingReturn = false
        if scalar == "\n" {
          result.append(contentsOf: "\r\n".unicodeScalars)
          continue
        }
        result.append(contentsOf: escape("\r").unicodeScalars)
      }
      if scalar == "\r" {
        pendingReturn = true
      } else if scalar == "\n" || !isUnsafe(scalar) {
        result.append(scalar)
      } else {
        result.append(contentsOf: escape(scalar).unicodeScalars)
      }
    }
    if pendingReturn { result.append(contentsOf: escape("\r").unicodeScalars) }
    return String(result)
  }

  /// Whether a document holds anything `sanitizedDocument` would change: one pass over the
  /// bytes, and over the scalars only when there is non-ASCII text.
  private static func needsEscapingAsDocument(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var afterReturn = false
      // One pass over the bytes (a 100,000-drug export is 15 MB): eight at a time while they
      // are printable ASCII, else one at a time, the scalars beyond ASCII put together from
      // their bytes as they come (a String is valid UTF-8).
      var scalar: UInt32 = 0
      var pending = 0
      var index = 0
      while index < bytes.count {
        let end = endOfPrintableWords(bytes, from: index)
        if end > index {
          // No byte of them is a line feed after a carriage return, or a continuation byte.
          if afterReturn { return true }
          index = end
          continue
        }
        for byte in bytes[index..<min(index + 8, bytes.count)] {
          if afterReturn && byte != 0x0A { return true }
          afterReturn = byte == 0x0D
          if byte < 0x80 {
            if byte == 0x7F || (byte < 0x20 && byte != 0x0A && byte != 0x0D) { return true }
          } else if byte >= 0xC0 {
            pending = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : 1
            scalar = UInt32(byte) & (byte >= 0xF0 ? 0x07 : byte >= 0xE0 ? 0x0F : 0x1F)
          } else {
            scalar = scalar << 6 | UInt32(byte & 0x3F)
            pending -= 1
            if pending == 0, let complete = Unicode.Scalar(scalar), isUnsafe(complete) { return true }
          }
        }
        index += 8
      }
      return afterReturn
    }
  }

  /// Where the run of whole eight-byte words of printable ASCII that starts at `index` ends:
  /// `index` itself when the first word is not one (or fewer than eight bytes are left).
  private static func endOfPrintableWords(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    guard let base = bytes.baseAddress else { return index }
    var end = index
    while end + 8 <= bytes.count, isPrintableASCII(UnsafeRawPointer(base + end).loadUnaligned(as: UInt64.self)) { end += 8 }
    return end
  }

  /// Whether all eight bytes of `word` are printable ASCII (0x20–0x7E): none has the high bit,
  /// each is at least 0x20 (adding 0x60 sets its high bit) and none is 0x7F (adding 1 would).
  /// No sum carries into the next byte, as every byte is below 0x80 when the sums count.
  static func isPrintableASCII(_ word: UInt64) -> Bool {
    let high: UInt64 = 0x8080_8080_8080_8080
    return word & high == 0 && (word &+ 0x6060_6060_6060_6060) & high == high
      && (word &+ 0x0101_0101_0101_0101) & high == 0
  }

  /// Bytes that should be text but may not be UTF-8 (a file name, an argument), shown safely:
  /// each byte that is not part of valid UTF-8 as `\xFF`, unsafe scalars as in `sanitized`.
  public static func sanitized(bytes: some Collection<UInt8>) -> String {
    var result = ""
    var rest = Array(bytes)[...]
    while !rest.isEmpty {
      // The longest valid UTF-8 prefix goes through `sanitized`; the next byte is shown in hex.
      var valid = rest.startIndex
      var iterator = rest.makeIterator()
      var decoder = UTF8()
      while case .scalarValue(let scalar) = decoder.decode(&iterator) { valid += UTF8.width(scalar) }
      result += sanitized(String(decoding: rest[rest.startIndex..<valid], as: UTF8.self))
      rest = rest[valid...]
      if let byte = rest.first {
        result += "\\x" + hex(UInt32(byte), digits: 2)
        rest = rest.dropFirst()
      }
    }
    return result
  }

  /// The visible escape for one unsafe scalar (see `sanitized`).
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x1B: return "\\e"
    case 0x0A: return "\\n"
    case 0x0D: return "\\r"
    case 0x09: return "\\t"
    case 0x00..<0x20, 0x7F: return "\\x" + hex(scalar.value, digits: 2)
    case 0x80...0xFFFF: return "\\u" + hex(scalar.value, digits: 4)
    default: return "\\U" + hex(scalar.value, digits: 8)
    }
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
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
