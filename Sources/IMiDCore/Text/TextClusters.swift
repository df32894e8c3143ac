/// A text cut into the units wrapping never splits (its grapheme clusters), each with its
/// width in cells: built in one pass, so that wrapping can measure, cut and copy by position
/// instead of re-reading the text.
///
/// Text made only of scalars that always stand alone (Latin, Greek, Cyrillic, CJK, common
/// punctuation and symbols: see `standsAlone`) is cut scalar by scalar, several times faster
/// than finding grapheme boundaries; any other text is cut by `Character`.
struct TextClusters {
  /// What a cluster is, for wrapping.
  enum Kind: UInt8 {
    case other, space, slash
  }

  /// Where each cluster starts, and the text's end: `count + 1` indices.
  private(set) var bounds: [String.Index] = []
  /// Each cluster's width in cells.
  private(set) var widths: [Int] = []
  /// Each cluster's kind: a lone space (where words break), a lone `/`, or anything else.
  private(set) var kinds: [Kind] = []

  /// The number of clusters.
  var count: Int { widths.count }

  /// Cuts `text` into clusters.
  init(_ text: String) {
    let scalars = text.unicodeScalars
    if scalars.allSatisfy(Self.standsAlone) {
      var index = scalars.startIndex
      while index < scalars.endIndex {
        let scalar = scalars[index]
        append(index, width: TextWidth.cells(of: scalar), kind: scalar == " " ? .space : scalar == "/" ? .slash : .other)
        index = scalars.index(after: index)
      }
    } else {
      var index = text.startIndex
      for character in text {
        append(index, width: TextWidth.cells(of: character), kind: character == " " ? .space : character == "/" ? .slash : .other)
        index = text.utf8.index(index, offsetBy: character.utf8.count)
      }
    }
    bounds.append(text.endIndex)
  }

  private mutating func append(_ start: String.Index, width: Int, kind: Kind) {
    bounds.append(start)
    widths.append(width)
    kinds.append(kind)
  }

  /// Whether a scalar is a grapheme cluster of its own next to any other such scalar: printable
  /// and in a block without combining marks, joiners, prepended or spacing marks, Hangul jamo,
  /// regional indicators or emoji (whose clusters need the full grapheme rules).
  static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF,  // ASCII, Latin-1 (no soft hyphen), Latin Extended, IPA, modifiers
      0x370...0x3FF, 0x400...0x482,  // Greek, Cyrillic letters
      0x1E00...0x1FFF,  // Latin Extended Additional, Greek Extended
      0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF,  // punctuation, currency
      0x2100...0x218B, 0x2190...0x23FF, 0x2500...0x25FF,  // letterlike, number forms, arrows, math, technical, box drawing, shapes
      0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF,  // CJK punctuation, kana
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:  // CJK ideographs, fullwidth forms
      return true
    default:
      return false
    }
  }
}
