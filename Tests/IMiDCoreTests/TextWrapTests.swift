import IMiDCore
import Testing

/// Wrapping's shortcuts agree with its general path, and a very long unbroken word wraps into
/// lines of the right widths (its speed is measured by the bench, never by a test).
@Suite struct TextWrapTests {
  /// Printable ASCII that exercises every branch: spaces single, doubled, leading and trailing;
  /// words that fit, fill a line exactly, or are longer; slashes that cut long words.
  static let asciiInputs: [String] = [
    "", " ", "   ", "a", "a b", " a", "a ", "  a  b  ", "the quick brown fox jumps over the lazy dog",
    "abcdefghij", "abcdefghijklmnopqrstuvwxyz0123456789", "anti-proliferative/pro-apoptotic effects",
    "a/b/c/d/e/f/g/h/i/j/k/l", "/////", "x/", "/x", "short anti-inflammatory/immunomodulatory/anti-angiogenic word",
    "one  two   three    four", "https://example.org/a/very/long/path/to/somewhere/else.html and more",
    "ends with a long word aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "a b c d e f g h i j k l m n o p",
  ]

  @Test func theASCIIAndGeneralPathsGiveTheSameLines() {
    var inputs = Self.asciiInputs
    // And deterministic random texts over a small alphabet, so runs of spaces and slashes and
    // words of every length meet every width.
    var seed: UInt64 = 12_345
    for _ in 0..<400 {
      var text = ""
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(seed >> 58)  // 0..<64
      for _ in 0..<length {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text.append(["a", "b", " ", "/", "c", " ", "-", "d"][Int(seed >> 61)])
      }
      inputs.append(text)
    }
    for text in inputs {
      for width in [0, 1, 2, 3, 4, 5, 7, 8, 10, 13, 20, 40, 80, 200] {
        #expect(TextWrap.lines(text, width: width) == TextWrap.generalLines(text, width: width), "“\(text)” at \(width)")
      }
    }
  }

  /// Text cut scalar by scalar (Greek, CJK, symbols) and text that needs grapheme clusters
  /// (combining accents, emoji, flags, Hangul jamo, a space carrying an accent).
  static let otherInputs: [String] = [
    "TNF-α and IL-6 ≥ 25%", "沙利度胺 沙利度胺沙利度胺", "αβγ/δεζ/ηθι κλμ", "宽药 (wide test) → ≤ ± —", "Крёнке ½ ℃",
    "e\u{301}e\u{301} café/naïve/α", "💊💊💊 x", "🇩🇪🇫🇷 flags/🇯🇵", "한국어 \u{1100}\u{1161}\u{11A8}", " \u{301}a b", "a\u{200D}b",
    "x\u{301}\u{301}\u{301}yz/ab", "ﾃﾞ ﾃﾞｽﾄ", "沙/利/度/胺/沙/利/度/胺", "ab/\u{301}cd/ef gh/ij", "a \u{308}\u{301}b  c",
    "\u{301}leading mark", "e\u{301}\u{1F600}/x\u{301}", "Stra\u{308}ße/Ko\u{308}ln/Zu\u{308}rich",
  ]

  @Test func everyPathWrapsLikeTheReference() {
    for text in Self.asciiInputs + Self.otherInputs {
      for width in [0, 1, 2, 3, 4, 5, 8, 13, 80] {
        let expected = Self.reference(text, width: width)
        #expect(TextWrap.lines(text, width: width) == expected, "“\(text)” at \(width)")
        #expect(TextWrap.generalLines(text, width: width) == expected, "“\(text)” at \(width)")
      }
    }
  }

  /// The rule, written the plain way (words, then pieces cut after `/` when a word is wider
  /// than the line, then lines, re-measuring as it goes): slow, and clearly right.
  static func reference(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var pieces: [(String, joined: Bool)] = []
    for word in text.split(separator: " ") {
      guard TextWidth.cells(of: String(word)) > width, word.contains("/") else {
        pieces.append((String(word), false))
        continue
      }
      var piece = "", first = true
      for character in word {
        piece.append(character)
        if character == "/" {
          pieces.append((piece, !first))
          piece = ""
          first = false
        }
      }
      if !piece.isEmpty { pieces.append((piece, !first)) }
    }
    var lines: [String] = [], current = ""
    for (piece, joined) in pieces {
      var word = piece
      if TextWidth.cells(of: current) > 0 && TextWidth.cells(of: current) + (joined ? 0 : 1) + TextWidth.cells(of: word) <= width {
        current += (joined ? "" : " ") + word
        continue
      }
      if TextWidth.cells(of: current) > 0 { lines.append(current) }
      while TextWidth.cells(of: word) > width {
        var head = ""
        for character in word {
          if TextWidth.cells(of: head) > 0 && TextWidth.cells(of: head + String(character)) > width { break }
          head.append(character)
        }
        lines.append(head)
        word = String(word.dropFirst(head.count))
      }
      current = word
    }
    if TextWidth.cells(of: current) > 0 || lines.isEmpty { lines.append(current) }
    return lines
  }

  @Test func aSixtyFourKiBWordWithoutSpacesWrapsIntoFullLines() {
    // One-cell Greek, two-cell CJK and a letter with a combining accent (one cell, two scalars).
    let unit = "αβ沙e\u{301}γ宽"  // 7 cells, 7 characters, 18 bytes
    let word = String(repeating: unit, count: 65_536 / unit.utf8.count + 1)
    #expect(word.utf8.count > 65_536)
    for width in [1, 2, 7, 40, 59, 80] {
      let lines = TextWrap.lines(word, width: width)
      #expect(lines.joined() == word, "nothing lost or added at \(width)")
      let widths = lines.map { TextWidth.cells(of: $0) }
      // Every line fits (a two-cell character alone on a one-cell line is the one exception),
      // and a line ends early only when the next character is two cells wide and one is left.
      #expect(widths.allSatisfy { $0 <= max(width, 2) }, "a line too wide at \(width)")
      #expect(widths.dropLast().allSatisfy { $0 >= width - 1 }, "a line ended early at \(width)")
      #expect(widths.reduce(0, +) == TextWidth.cells(of: word))
    }
  }
}
