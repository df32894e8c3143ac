import IMiDCore
import Testing

@Suite struct TextTests {
  @Test func measuresCellsNotBytesOrCharacters() {
    #expect(TextWidth.cells(of: "TNF-α") == 5)
    #expect(TextWidth.cells(of: "沙利度胺") == 8)
    #expect(TextWidth.cells(of: "e\u{0301}") == 1)  // e + combining acute
    #expect(TextWidth.cells(of: "💊") == 2)
    #expect(TextWidth.cells(of: "") == 0)
  }

  /// A hanging paragraph (a numbered reference) of printable ASCII is laid out without
  /// escaping or cutting; it must come out as text that needs them does, but for those.
  @Test func hangsAParagraphUnderItsLabel() {
    let text = "Author A, Second B. A title of some length. J Test. 2004;4:1-9."
    let ascii = TextLines.hanging(text, width: 30, first: "[12]", rest: 6)
    #expect(ascii == [
      "[12]  Author A, Second B. A",
      "      title of some length. J",
      "      Test. 2004;4:1-9.",
    ])
    // The same with one letter not ASCII: the general way, the same lines but for that letter.
    let general = TextLines.hanging(text.replacingOccurrences(of: "Test", with: "Tést"), width: 30, first: "[12]", rest: 6)
    #expect(general == ascii.map { $0.replacingOccurrences(of: "Test", with: "Tést") })
    // A label wider than the indent is followed at once; a word wider than the line is cut.
    #expect(TextLines.hanging("abcdefghij kl", width: 10, first: "[1000]", rest: 4) == ["[1000]abcd", "    efgh", "    ij", "    kl"])
    // Too narrow for any text beside the label: cut to the width, as ever.
    #expect(TextLines.hanging("abc", width: 4, first: "[1]", rest: 4) == ["[1]…", "   …", "   …"])
  }

  @Test func truncatesWithAnEllipsisWithinTheWidth() {
    #expect(TextWidth.truncate("Lenalidomide", to: 6) == "Lenal…")
    #expect(TextWidth.truncate("Lenalidomide", to: 12) == "Lenalidomide")
    #expect(TextWidth.truncate("沙利度胺", to: 5) == "沙利…")
    #expect(TextWidth.cells(of: TextWidth.truncate("沙利度胺", to: 4)) <= 4)
    #expect(TextWidth.truncate("abc", to: 0) == "")
    #expect(TextWidth.pad("ab", to: 4) == "ab  ")
    #expect(TextWidth.truncate("沙利度胺", to: 4) == "沙…")
  }

  @Test func wrapsAtSpacesAndBreaksLongWords() {
    #expect(TextWrap.lines("the quick brown fox", width: 9) == ["the quick", "brown fox"])
    #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(TextWrap.lines("", width: 5) == [""])
    #expect(TextWrap.lines("a b", width: 0) == ["a", "b"])
  }

  @Test func flagsControlEscapeBidiAndInvisibleCharacters() {
    for bad in ["\u{1B}[31m", "a\u{07}", "\u{9B}", "\u{202E}evil", "zero\u{200B}width", "\u{2066}", "x\u{7F}", "\u{FEFF}", "soft\u{AD}"] {
      #expect(TextSafety.firstUnsafeScalar(in: bad) != nil, "\(bad.unicodeScalars.map { $0.value })")
    }
    for good in ["TNF-α", "Krönke", "≥ 25%", "沙利度胺", "del(5q) – MDS", "💊"] {
      #expect(TextSafety.firstUnsafeScalar(in: good) == nil, "\(good)")
    }
  }

  @Test func sanitizingReplacesUnsafeCharactersVisibly() {
    #expect(TextSafety.sanitized("a\u{1B}]52;c;ZXZpbA==\u{07}b") == #"a\e]52;c;ZXZpbA==\x07b"#)
    #expect(TextSafety.sanitized("line\nbreak\ttab\r") == #"line\nbreak\ttab\r"#)
    #expect(TextSafety.sanitized("\u{202E}abc\u{85}\u{7F}\u{E0001}") == #"\u202Eabc\u0085\x7F\U000E0001"#)
    #expect(TextSafety.sanitized("TNF-α † —") == "TNF-α † —")
    #expect(TextSafety.describe("\u{1B}") == "U+001B (ESC)")
  }

  /// The fast paths in `isUnsafe` answer exactly what the plain definition does, for every
  /// scalar of the Basic Multilingual Plane and the first supplementary plane.
  @Test func theFastPathsAgreeWithThePlainDefinition() {
    let listed: Set<UInt32> = [0x00AD, 0x061C, 0x180E, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF]
    func plain(_ scalar: Unicode.Scalar) -> Bool {
      let v = scalar.value
      if v == 0x200C || v == 0x200D { return false }  // joiners: in words and emoji sequences
      if v < 0x20 || (0x7F...0x9F).contains(v) || listed.contains(v) { return true }
      if (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2060...0x206F).contains(v) { return true }
      if (0xFFF9...0xFFFB).contains(v) || (0xFDD0...0xFDEF).contains(v) { return true }
      return [.format, .privateUse].contains(scalar.properties.generalCategory)
    }
    var disagreements: [String] = []
    for value in UInt32(0)...0x1FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if TextSafety.isUnsafe(scalar) != plain(scalar) { disagreements.append(String(value, radix: 16)) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
  }

  @Test func documentsKeepTheirLineEndsAndEscapeTheRest() {
    #expect(TextSafety.sanitizedDocument("a,b\r\nc\n") == "a,b\r\nc\n")
    #expect(TextSafety.sanitizedDocument("a\rb\u{1B}[2J\n\r") == #"a\rb\e[2J"# + "\n" + #"\r"#)
    #expect(TextSafety.sanitizedDocument("α\u{202E}\n") == #"α\u202E"# + "\n")
    // Every width of UTF-8 sequence is put together from its bytes: safe ones stay, C1 controls are escaped.
    #expect(TextSafety.sanitizedDocument("é─😀\n") == "é─😀\n")
    #expect(TextSafety.sanitizedDocument("😀x\u{85}é") != "😀x\u{85}é")
    // Long documents are checked eight bytes at a time: whatever lands at any place of a word
    // (or in the few bytes after the last whole word) is still found, and line ends still kept.
    let plain = String(repeating: "The quick brown fox, 0-9 [~]. ", count: 2)
    for offset in 0..<(plain.utf8.count - 1) {
      let cut = plain.utf8.index(plain.utf8.startIndex, offsetBy: offset)
      let (head, tail) = (String(plain[..<cut]), String(plain[cut...]))
      for bad in ["\u{1B}", "\u{7F}", "\u{07}", "\r", "\r12345678\n", "\r\r\n", "\u{202E}", "\u{85}", "a\u{9B}", "\u{FEFF}"] {
        #expect(TextSafety.sanitizedDocument(head + bad + tail) != head + bad + tail, "\(offset) \(bad.unicodeScalars.map(\.value))")
      }
      for good in ["\n", "\r\n", "é", "─", "😀", "\n\r\n\n"] {
        #expect(TextSafety.sanitizedDocument(head + good + tail) == head + good + tail, "\(offset) \(good.unicodeScalars.map(\.value))")
      }
    }
    #expect(TextSafety.sanitizedDocument(plain + "\r") != plain + "\r")
  }

  /// The printable-ASCII test, eight bytes at a time, agrees with a byte-by-byte one whatever
  /// the length and wherever the one byte that is not printable ASCII stands.
  @Test func printableASCIIIsFoundAtEveryPlaceOfAWord() {
    for length in 0..<26 {
      let plain = String((0..<length).map { Character(Unicode.Scalar(UInt8(0x20 + ($0 * 7) % 95))) })
      #expect(TextSafety.isPrintableASCII(plain), "\(length)")
      for offset in 0...length {
        for odd in ["\u{1F}", "\u{7F}", "\u{7E}\u{1B}", "é", "\n", "\u{80}", "😀"] {
          let chars = Array(plain)
          let text = String(chars[..<offset]) + odd + String(chars[offset...])
          #expect(TextSafety.isPrintableASCII(text) == text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }, "\(length) \(offset) \(odd.unicodeScalars.map(\.value))")
          #expect(!TextSafety.isPrintableASCII(text), "\(length) \(offset)")
        }
      }
    }
  }

  @Test func bytesThatAreNotUTF8AreShownInHex() {
    #expect(TextSafety.sanitized(bytes: Array("bad".utf8) + [0xFF] + Array(".txt".utf8)) == #"bad\xFF.txt"#)
    #expect(TextSafety.sanitized(bytes: [0xC3, 0xA9, 0xC3, 0x0A, 0xE2, 0x80]) == #"é\xC3\n\xE2\x80"#)
    #expect(TextSafety.sanitized(bytes: []) == "")
    #expect(TextSafety.describe("\u{1B}") == "U+001B (ESC)")
  }

  @Test func tablesFitTheWidthAndWrapInsideColumns() {
    let table = TextTable(
      columns: [.init("Name", minWidth: 4, wraps: false), .init("Note", minWidth: 4)],
      rows: [["Thalidomide", "a partial inhibitor of TNF-α in monocytes"], ["沙利度胺", "wide"]])
    let lines = table.render(width: 24)
    for line in lines { #expect(TextWidth.cells(of: line) <= 24, "\(line)") }
    #expect(lines == [
      "Name         Note",
      "───────────  ───────────",
      "Thalidomide  a partial",
      "             inhibitor",
      "             of TNF-α in",
      "             monocytes",
      "沙利度胺     wide",
    ])
  }

  @Test func tablesNeverOverflowEvenWhenTooNarrow() {
    let table = TextTable(columns: [.init("A"), .init("B"), .init("C")], rows: [["aaaa", "bbbb", "cccc"]])
    for width in 1...12 {
      for line in table.render(width: width) { #expect(TextWidth.cells(of: line) <= width) }
    }
    #expect(table.render(width: 0).isEmpty)
  }
}

/// Names with emoji sequences and Persian joiners: measured as terminals draw them, accepted
/// by validation, and laid out with every column aligned.
@Suite struct GraphemeWidthTests {
  @Test func emojiSequencesAreTwoCellsAndJoinersAreAllowed() {
    #expect(TextWidth.cells(of: "👩‍⚕️") == 2, "a ZWJ sequence")
    #expect(TextWidth.cells(of: "🇩🇪") == 2, "a flag")
    #expect(TextWidth.cells(of: "👍🏽") == 2, "a skin tone")
    #expect(TextWidth.cells(of: "❤️") == 2, "emoji presentation")
    #expect(TextWidth.cells(of: "a👩‍⚕️b") == 4)
    #expect(TextWidth.cells(of: "داروی‌نمونه") == 10, "the non-joiner takes no cell")
    #expect(!TextSafety.isUnsafe("\u{200D}") && !TextSafety.isUnsafe("\u{200C}"))
    #expect(TextSafety.isUnsafe("\u{202E}") && TextSafety.isUnsafe("\u{200B}") && TextSafety.isUnsafe("\u{2066}"))
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func rowsWithEmojiAndPersianNamesStayAligned(width: Int, height: Int) {
    var browser = BrowserHarness(BrowserHarness.catalog("wide-names.json"), width: width, height: height)
    Snapshot.assert(browser.screen, named: "wide-names-\(width)x\(height)")
    // Every framed row ends exactly at the right edge: the emoji and joiners took the cells
    // the layout counted for them.
    func aligned(_ screen: [String]) {
      for line in screen {
        #expect(TextWidth.cells(of: line) <= width, "\(line)")
        if let last = line.last, "┐┘│┓┛┃".contains(last) { #expect(TextWidth.cells(of: line) == width, "\(line)") }
      }
    }
    aligned(browser.screen)
    browser.send(.tab)
    aligned(browser.screen)
    #expect(DrugListView.lines(browser.state.catalog, width: 60).allSatisfy { TextWidth.cells(of: $0) <= 60 })
  }
}
