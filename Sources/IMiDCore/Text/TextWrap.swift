/// Word wrapping measured in terminal cells.
public enum TextWrap {
  /// Splits `text` into lines of at most `width` cells, breaking at spaces; a word longer than
  /// the width is broken inside. Returns at least one line (possibly empty). A width below 1
  /// is treated as 1, so geometry never fails.
  public static func lines(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    // Fast path, most table cells: text that fits and whose spaces are single, inner ones
    // is its own one line (wrapping would split it at the spaces and join it again).
    // Printable ASCII, most of any catalogue, is one cell a byte: measured by its length, and
    // otherwise wrapped over the bytes.
    if TextSafety.isPrintableASCII(text) {
      if !text.isEmpty, text.utf8.count <= width, hasSingleInnerSpacesOnly(text) { return [text] }
      return asciiLines(Array(text.utf8), width: width)
    }
    if !text.isEmpty, fits(text, in: width), hasSingleInnerSpacesOnly(text) { return [text] }
    return generalLines(text, width: width)
  }

  /// `lines` without its shortcuts: every text wrapped cluster by cluster (`TextClusters`),
  /// measured in cells. Public so that tests can check the shortcuts (printable ASCII counted in
  /// bytes, text that fits) give the same lines. Linear in the text: widths are measured once,
  /// and a word wider than the line is cut by position, never copied and measured again.
  public static func generalLines(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    let clusters = TextClusters(text)
    let units = clusters.units
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    // Places clusters a..<b (`pieceWidth` cells) after a space, or joined to what precedes.
    func place(_ a: Int, _ b: Int, pieceWidth: Int, joined: Bool) {
      let gap = joined ? 0 : 1
      if currentWidth > 0 && currentWidth + gap + pieceWidth <= width {
        if !joined { current += " " }
        current += clusters.text(a, b)
        currentWidth += gap + pieceWidth
        return
      }
      if currentWidth > 0 {
        lines.append(current)
        currentWidth = 0
      }
      // Lines of at most `width` cells (at least one cluster each) while what is left is wider
      // than a line; what is left starts the next line.
      var start = a, left = pieceWidth
      while left > width {
        var end = start, headWidth = 0
        while end < b, headWidth == 0 || headWidth + units[end].width <= width {
          headWidth += units[end].width
          end += 1
        }
        lines.append(clusters.text(start, end))
        left -= headWidth
        start = end
      }
      current = clusters.text(start, b)
      currentWidth = left
    }
    var start = 0
    while start < clusters.count {
      guard units[start].kind != .space else {
        start += 1
        continue
      }
      var end = start, wordWidth = 0, slashes = false
      while end < clusters.count, units[end].kind != .space {
        wordWidth += units[end].width
        slashes = slashes || units[end].kind == .slash
        end += 1
      }
      if wordWidth > width, slashes {
        // A word wider than the line is cut after each `/` into pieces that join without a
        // space, so "anti-proliferative/pro-apoptotic" breaks at the slash.
        var pieceStart = start, pieceWidth = 0, first = true
        for index in start..<end {
          pieceWidth += units[index].width
          guard units[index].kind == .slash else { continue }
          place(pieceStart, index + 1, pieceWidth: pieceWidth, joined: !first)
          pieceStart = index + 1
          pieceWidth = 0
          first = false
        }
        if pieceStart < end { place(pieceStart, end, pieceWidth: pieceWidth, joined: !first) }
      } else {
        place(start, end, pieceWidth: wordWidth, joined: false)
      }
      start = end
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

  /// Whether `text` is at most `width` cells wide, stopping as soon as it is not (widths are
  /// never negative), so a long text costs no more than a line's worth.
  static func fits(_ text: String, in width: Int) -> Bool {
    var total = 0
    for scalar in text.unicodeScalars {
      total += TextWidth.cells(of: scalar)
      if total > width { return false }
    }
    return true
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
}
