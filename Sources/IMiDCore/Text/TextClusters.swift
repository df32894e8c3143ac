/// A text cut into the units wrapping never splits (its grapheme clusters), each with its
/// width in cells: built in one pass over the UTF-8, so that wrapping can measure, cut and
/// copy by byte offset instead of re-reading the text.
///
/// Text made only of scalars that always stand alone (Latin, Greek, Cyrillic, CJK, common
/// punctuation and symbols: see `standsAlone`) is cut scalar by scalar, several times faster
/// than finding grapheme boundaries; any other text is cut by `Character`.
struct TextClusters {
  /// What a cluster is, for wrapping.
  enum Kind: UInt8 {
    case other, space, slash
  }

  /// The text's UTF-8.
  let bytes: [UInt8]
  /// Where each cluster starts in `bytes`, and the text's end: `count + 1` offsets.
  private(set) var starts: [Int] = []
  /// Each cluster's width in cells.
  private(set) var widths: [Int] = []
  /// Each cluster's kind: a lone space (where words break), a lone `/`, or anything else.
  private(set) var kinds: [Kind] = []

  /// The number of clusters.
  var count: Int { widths.count }

  /// Cuts `text` into clusters.
  init(_ text: String) {
    bytes = Array(text.utf8)
    if !cutByScalar() {
      starts.removeAll(keepingCapacity: true)
      widths.removeAll(keepingCapacity: true)
      kinds.removeAll(keepingCapacity: true)
      var offset = 0
      for character in text {
        append(offset, width: TextWidth.cells(of: character), kind: character == " " ? .space : character == "/" ? .slash : .other)
        offset += character.utf8.count
      }
    }
    starts.append(bytes.count)
  }

  /// Clusters `a..<b` as text.
  func text(_ a: Int, _ b: Int) -> String {
    String(decoding: bytes[starts[a]..<starts[b]], as: UTF8.self)
  }

  /// Cuts the text scalar by scalar, decoding its UTF-8 (valid: it came from a String); false,
  /// part done, at the first scalar that does not stand alone.
  private mutating func cutByScalar() -> Bool {
    var offset = 0
    while offset < bytes.count {
      let lead = UInt32(bytes[offset])
      var value = lead, length = 1
      if lead >= 0xF0, offset + 3 < bytes.count {
        length = 4
        value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
          | UInt32(bytes[offset + 3] & 0x3F)
      } else if lead >= 0xE0, offset + 2 < bytes.count {
        length = 3
        value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
      } else if lead >= 0xC0, offset + 1 < bytes.count {
        length = 2
        value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
      }
      guard let scalar = Unicode.Scalar(value), Self.standsAlone(scalar) else { return false }
      append(offset, width: TextWidth.cells(of: scalar), kind: value == 0x20 ? .space : value == 0x2F ? .slash : .other)
      offset += length
    }
    return true
  }

  private mutating func append(_ start: Int, width: Int, kind: Kind) {
    starts.append(start)
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
