/// An export ready to write: its text, and a few words on what it holds for the status line
/// ("3 drugs × 7 mechanisms").
public struct ExportDocument: Sendable, Equatable {
  /// The whole file.
  public var contents: String
  /// What it holds, e.g. "3 drugs × 7 mechanisms".
  public var summary: String

  /// Creates a document.
  public init(contents: String, summary: String) {
    self.contents = contents
    self.summary = summary
  }
}
