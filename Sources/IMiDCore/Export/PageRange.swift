/// A source's `pages` as a first and a last page, for formats that want them apart (RIS `SP`
/// and `EP`). Any text the catalogue accepts is read without trapping: `1345-50`, `I107–I113`
/// (hyphen, en dash or em dash), `e1234`, `12-`, `-12`, `-`, `""`, `308,310-313`.
public struct PageRange: Sendable, Equatable {
  /// The first page, or nil when the text names none.
  public var first: String?
  /// The last page, or nil for a single page or an open range.
  public var last: String?

  /// Reads `pages`. Text that is no simple range (it holds a comma, or more than one dash)
  /// is kept whole as the first page, so nothing is lost; dashes and blanks alone give nothing.
  public init(_ pages: String) {
    let text = pages.trimmedWhitespace
    let dashes = text.indices.filter { Self.isDash(text[$0]) }
    guard text.contains(where: { !Self.isDash($0) && !$0.isWhitespace }) else { return }
    guard dashes.count == 1, !text.contains(","), let dash = dashes.first else {
      first = text
      return
    }
    let start = String(text[..<dash]).trimmedWhitespace, end = String(text[text.index(after: dash)...]).trimmedWhitespace
    first = start.isEmpty ? nil : start
    last = end.isEmpty ? nil : end
  }

  /// Hyphen-minus, hyphen, figure dash, en dash, em dash and minus sign.
  static func isDash(_ character: Character) -> Bool {
    ["-", "\u{2010}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"].contains(character)
  }
}
