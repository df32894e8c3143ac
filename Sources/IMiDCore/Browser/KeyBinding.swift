/// One row of the key table: the keys, the action, and how help describes it.
public struct KeyBinding: Sendable {
  /// Keys that trigger the action (the first is the one hints show).
  public var keys: [Key]
  /// The action.
  public var action: BrowserAction
  /// A few words for help and hints, e.g. "move down".
  public var help: String
  /// Where the binding applies; empty means everywhere.
  public var contexts: Set<KeyContext>
  /// The status line's short text for it in those panes, or nil when it is not a hint.
  public var hint: String?

  /// Creates a binding.
  public init(_ keys: [Key], _ action: BrowserAction, _ help: String, contexts: Set<KeyContext> = [], hint: String? = nil) {
    self.keys = keys
    self.action = action
    self.help = help
    self.contexts = contexts
    self.hint = hint
  }

  /// Whether the binding applies in `context`.
  public func applies(in context: KeyContext) -> Bool { contexts.isEmpty || contexts.contains(context) }

  /// The keys as help shows them, e.g. `j ↓`.
  public var keyLabels: String { keys.map(\.label).joined(separator: " ") }
}
