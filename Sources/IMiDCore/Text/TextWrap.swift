/// Word wrapping measured in terminal cells.
public enum TextWrap {
  /// Splits `text` into lines of at most `width` cells, breaking at spaces; a word longer than
  /// the width is broken inside. Returns at least one line (possibly empty). A width below 1
  /// is treated as 1, so geometry never fails.
  public static func lines(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var wordWidth = TextWidth.cells(of: word)
      if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
        current += " " + word
        currentWidth += 1 + wordWidth
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
}
