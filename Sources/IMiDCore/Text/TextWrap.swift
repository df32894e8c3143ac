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
    // Printable ASCII, most of any catalogue: one cell a byte, wrapped over the bytes.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return asciiLines(Array(text.utf8), width: width) }
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

  /// `lines` for printable ASCII: the same words, pieces and breaks, counted in bytes.
  private static func asciiLines(_ bytes: [UInt8], width: Int) -> [String] {
    let space = UInt8(ascii: " "), slash = UInt8(ascii: "/")
    var lines: [String] = []
    var current: [UInt8] = []
    func place(_ piece: ArraySlice<UInt8>, joined: Bool) {
      var piece = piece
      let gap = joined ? 0 : 1
      if !current.isEmpty && current.count + gap + piece.count <= width {
        if !joined { current.append(space) }
        current.append(contentsOf: piece)
        return
      }
      if !current.isEmpty {
        lines.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
      while piece.count > width {
        lines.append(String(decoding: piece.prefix(width), as: UTF8.self))
        piece = piece.dropFirst(width)
      }
      current.append(contentsOf: piece)
    }
    var start = 0
    while start < bytes.count {
      guard bytes[start] != space else {
        start += 1
        continue
      }
      var end = start
      while end < bytes.count, bytes[end] != space { end += 1 }
      let word = bytes[start..<end]
      if word.count > width, word.contains(slash) {
        var pieceStart = start
        var first = true
        for index in start..<end where bytes[index] == slash {
          place(bytes[pieceStart...index], joined: !first)
          pieceStart = index + 1
          first = false
        }
        if pieceStart < end { place(bytes[pieceStart..<end], joined: !first) }
      } else {
        place(word, joined: false)
      }
      start = end
    }
    if !current.isEmpty || lines.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
    return lines
  }

  /// Whether every space in `text` sits between two other characters, alone.
  static func hasSingleInnerSpacesOnly(_ text: String) -> Bool {
    var previousWasSpace = true  // a leading space fails like a double one
    for byte in text.utf8 {
      let isSpace = byte == 0x20
      if isSpace && previousWasSpace { return false }
      previousWasSpace = isSpace
    }
    return !previousWasSpace
  }

  /// The words of `text`; a word wider than the line is cut after each `/` into pieces that
  /// join without a space, so "anti-proliferative/pro-apoptotic" breaks at the slash.
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
