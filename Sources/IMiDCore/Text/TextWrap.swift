/// Word wrapping measured in terminal cells.
public enum TextWrap {
  /// Splits `text` into lines of at most `width` cells, breaking at spaces; a word longer than
  /// the width is broken inside. Returns at least one line (possibly empty). A width below 1
  /// is treated as 1, so geometry never fails.
  public static func lines(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    // Fast path, most table cells: text that fits and whose spaces are single, inner ones
    // is its own one line (wrapping would split it at the spaces and join it again).
    if !text.isEmpty, hasSingleInnerSpacesOnly(text), TextWidth.cells(of: text) <= width { return [text] }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for (word, joined) in pieces(text, width: width) {
      var word = word
      var wordWidth = TextWidth.cells(of: word)
      let gap = joined ? 0 : 1
      if currentWidth > 0 && currentWidth + gap + wordWidth <= width {
        current += (joined ? "" : " ") + word
        currentWidth += gap + wordWidth
        continue
      }
      if currentWidth > 0 {
        lines.append(current)
        current = ""
        currentWidth = 0
      }
      while wordWidth > width {
        var head = ""
        var headWidth = 0
        var rest = word[...]
        while let character = rest.first {
          let w = TextWidth.cells(of: character)
          if headWidth + w > width && headWidth > 0 { break }
          head.append(character)
          headWidth += w
          rest = rest.dropFirst()
        }
        lines.append(head)
        word = String(rest)
        wordWidth = TextWidth.cells(of: word)
      }
      current = word
      currentWidth = wordWidth
    }
    if currentWidth > 0 || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// The words of `text`; a word wider than the line is cut after each `/` into pieces that
  /// join without a space, so "anti-proliferative/pro-apoptotic" breaks at the slash.
  /// Whether every space in `text` sits between two other characters, alone.
  private static func hasSingleInnerSpacesOnly(_ text: String) -> Bool {
    var previousWasSpace = true  // a leading space fails like a double one
    for byte in text.utf8 {
      let isSpace = byte == 0x20
      if isSpace && previousWasSpace { return false }
      previousWasSpace = isSpace
    }
    return !previousWasSpace
  }

  static func pieces(_ text: String, width: Int) -> [(String, joined: Bool)] {
    var result: [(String, joined: Bool)] = []
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      guard TextWidth.cells(of: String(word)) > width, word.contains("/") else {
        result.append((String(word), false))
        continue
      }
      var piece = ""
      var first = true
      for character in word {
        piece.append(character)
        if character == "/" {
          result.append((piece, !first))
          piece = ""
          first = false
        }
      }
      if !piece.isEmpty { result.append((piece, !first)) }
    }
    return result
  }
}
