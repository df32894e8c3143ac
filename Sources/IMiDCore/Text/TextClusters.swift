/// A text cut into the units wrapping never splits (its grapheme clusters), each with its
/// width in cells: built in one pass over the UTF-8, so that wrapping can measure, cut and
/// copy by byte offset instead of re-reading the text.
///
/// Text made only of scalars that always stand alone (Latin, Greek, Cyrillic, CJK, common
/// punctuation and symbols: see `standsAlone`), and combining diacritical marks after them, is
/// cut scalar by scalar, several times faster than finding grapheme boundaries; any other text
/// is cut by `Character`.
struct TextClusters {
  /// What a cluster is, for wrapping.
  enum Kind: UInt8 {
    case other, space, slash
  }

  /// One cluster: where it starts in `bytes`, its width in cells, and its kind (a lone space,
  /// where words break; a lone `/`; anything else).
  struct Unit {
    var start: Int
    var width: Int
    var kind: Kind
  }

  /// The text's UTF-8.
  let bytes: [UInt8]
  /// The clusters, in order.
  private(set) var units: [Unit] = []

  /// The number of clusters.
  var count: Int { units.count }

  /// Cuts `text` into clusters.
  init(_ text: String) {
    bytes = Array(text.utf8)
    units.reserveCapacity(bytes.count)
    if !cutByScalar() {
      units.removeAll(keepingCapacity: true)
      var offset = 0
      for character in text {
        // A lone space or slash is one byte (compared as bytes: `==` on Characters normalizes).
        let utf8 = character.utf8
        let kind: Kind = utf8.count != 1 ? .other : utf8.first == 0x20 ? .space : utf8.first == 0x2F ? .slash : .other
        units.append(Unit(start: offset, width: TextWidth.cells(of: character), kind: kind))
        offset += utf8.count
      }
    }
  }

  /// Clusters `a..<b` as text.
  func text(_ a: Int, _ b: Int) -> String {
    let start = a < units.count ? units[a].start : bytes.count
    let end = b < units.count ? units[b].start : bytes.count
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// Cuts the text scalar by scalar, decoding its UTF-8 (valid: it came from a String); false,
  /// part done, at the first scalar that neither stands alone nor is a combining diacritical
  /// mark (U+0300–U+036F) following one.
  private mutating func cutByScalar() -> Bool {
    var offset = 0
    let count = bytes.count
    while offset < count {
      let lead = UInt32(bytes[offset])
      if lead >= 0x20 && lead < 0x7F {  // printable ASCII: one cell
        units.append(Unit(start: offset, width: 1, kind: lead == 0x20 ? .space : lead == 0x2F ? .slash : .other))
        offset += 1
        continue
      }
      var value = lead, length = 1
      if lead >= 0xF0, offset + 3 < count {
        length = 4
        value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
          | UInt32(bytes[offset + 3] & 0x3F)
      } else if lead >= 0xE0, offset + 2 < count {
        length = 3
        value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
      } else if lead >= 0xC0, offset + 1 < count {
        length = 2
        value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
      }
      if (0x300...0x36F).contains(value), !units.isEmpty {
        // A combining diacritical mark (all of them nonspacing, no cells) never starts a
        // cluster after one that stands alone: it joins it, and a space or slash so accented
        // is neither any more.
        units[units.count - 1].kind = .other
        offset += length
        continue
      }
      guard let scalar = Unicode.Scalar(value), Self.standsAlone(scalar) else { return false }
      units.append(Unit(start: offset, width: TextWidth.cells(of: scalar), kind: .other))
      offset += length
    }
    return true
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
