/// One subcommand as the manual describes it: its name, what it does and its arguments.
public struct ManualCommand: Sendable, Equatable {
  /// The name typed after `imid`, e.g. `validate`.
  public var name: String
  /// One sentence on what it does.
  public var abstract: String
  /// More, when the command has it (paragraphs separated by blank lines).
  public var discussion: String
  /// Its options, flags and positional arguments, in the order its help lists them.
  public var arguments: [ManualArgument]

  /// Creates a command.
  public init(name: String, abstract: String, discussion: String = "", arguments: [ManualArgument]) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
  }
}
