/// Builds a Markdown document block by block, one blank line between blocks, every piece of
/// text escaped as the block it lands in needs (`MarkdownText`). Blank text adds no block, so
/// an empty optional field never leaves an empty heading or paragraph behind.
public struct MarkdownBuilder: Sendable {
  /// The document so far.
  public private(set) var text = ""

  /// Creates an empty document.
  public init() {}

  /// An ATX heading of `level` (1–6).
  public mutating func heading(_ level: Int, _ title: String) {
    let title = MarkdownText.inline(title).trimmedWhitespace
    guard !title.isEmpty else { return }
    block(String(repeating: "#", count: min(6, max(1, level))) + " " + title)
  }

  /// A paragraph (one line; a reader wraps it).
  public mutating func paragraph(_ body: String) {
    let body = MarkdownText.block(body)
    guard !body.isEmpty else { return }
    block(body)
  }

  /// A bullet list, one item per entry; blank entries are left out.
  public mutating func bullets(_ items: [String]) {
    let lines = items.map(MarkdownText.block).filter { !$0.isEmpty }.map { "- " + $0 }
    guard !lines.isEmpty else { return }
    block(lines.joined(separator: "\n"))
  }

  /// A numbered list from 1, one item per entry (blank entries still take their number, so the
  /// numbers match the other formats').
  public mutating func numbered(_ items: [String]) {
    guard !items.isEmpty else { return }
    block(items.enumerated().map { "\($0.offset + 1). " + MarkdownText.block($0.element) }.joined(separator: "\n"))
  }

  private mutating func block(_ markdown: String) {
    if !text.isEmpty { text += "\n" }
    text += markdown + "\n"
  }
}
