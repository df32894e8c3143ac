/// The `/` search prompt: the query as typed, and where the search started, so that Esc can
/// put the selection back. Each keystroke moves the selection to the first match at or after
/// the start, as in less and vim.
public struct SearchPrompt: Sendable, Equatable {
  /// The query as typed.
  public internal(set) var query: String = ""
  /// The drug selected when the prompt opened.
  public internal(set) var origin: Int
  /// How many drugs match the query (0 when it is empty).
  public internal(set) var matches = 0

  /// Creates a prompt that started at drug `origin`.
  public init(origin: Int) {
    self.origin = origin
  }
}
