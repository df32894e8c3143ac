/// A page of the reader as lines of styled text, some of which belong to a selectable item
/// that leads to another page. Built once per page and width; the screen scrolls it and
/// highlights the selected item, and `plainLines` gives the same text for the command line.
public struct ReaderDocument: Sendable {
  /// A run of text in one style.
  public struct Span: Sendable, Equatable {
    /// The text (already safe and fitted).
    public var text: String
    /// Its role.
    public var style: CellStyle
  }

  /// One line: its spans, and the item it belongs to, if any.
  public struct Line: Sendable, Equatable {
    /// The spans, left to right.
    public var spans: [Span]
    /// Index into `items`, when the line is part of a selectable item.
    public var item: Int?
    /// The line's text without styles.
    public var text: String { spans.map(\.text).joined() }
  }

  /// The title shown above the page.
  public var title: String
  /// The lines.
  public private(set) var lines: [Line] = []
  /// Where each selectable item leads, in order of appearance.
  public private(set) var items: [ReaderSubject] = []

  /// An empty page titled `title`.
  public init(title: String) { self.title = title }

  /// The lines as plain text, for the command line and text exports.
  public var plainLines: [String] { lines.map { TextLines.trimTrailingSpaces($0.text) } }

  /// The lines item `index` spans.
  public func lineRange(ofItem index: Int) -> Range<Int> {
    guard let first = lines.firstIndex(where: { $0.item == index }) else { return 0..<0 }
    let last = lines.lastIndex(where: { $0.item == index }) ?? first
    return first..<(last + 1)
  }

  /// Adds lines of one style, optionally as one item leading to `link`.
  mutating func add(_ texts: [String], _ style: CellStyle = .normal, link: ReaderSubject? = nil) {
    let item = link.map { items.append($0); return items.count - 1 }
    lines += texts.map { Line(spans: [Span(text: $0, style: style)], item: item) }
  }

  /// Adds one line made of spans, optionally as one item leading to `link`.
  mutating func add(spans: [Span], link: ReaderSubject? = nil) {
    let item = link.map { items.append($0); return items.count - 1 }
    lines.append(Line(spans: spans, item: item))
  }

  /// Adds a wrapped paragraph.
  mutating func paragraph(_ text: String, _ style: CellStyle = .normal, width: Int) {
    add(TextLines.paragraph(text, width: width), style)
  }

  /// Adds an empty line (never two in a row, never first).
  mutating func blank() {
    guard let last = lines.last, !last.spans.allSatisfy({ $0.text.isEmpty }) else { return }
    lines.append(Line(spans: [Span(text: "", style: .normal)], item: nil))
  }
}
