/// One option, flag or positional argument of a command, as the manual lists it.
public struct ManualArgument: Sendable, Equatable {
  /// What kind of argument it is.
  public enum Kind: Sendable, Equatable {
    /// A value given by position (`FILE`).
    case positional
    /// A name followed by a value (`--format json`).
    case option
    /// A name alone (`--force`).
    case flag
  }

  /// Positional, option or flag.
  public var kind: Kind
  /// Its names as typed, e.g. `["-o", "--output"]`; empty for a positional argument.
  public var names: [String]
  /// The placeholder for its value, e.g. `file`.
  public var valueName: String?
  /// What it does, in a sentence.
  public var help: String
  /// The value used when it is not given, if any.
  public var defaultValue: String?
  /// Whether it may be left out.
  public var isOptional: Bool
  /// Whether it may be given more than once.
  public var isRepeating: Bool

  /// Creates an argument.
  public init(
    kind: Kind, names: [String], valueName: String?, help: String, defaultValue: String? = nil,
    isOptional: Bool = true, isRepeating: Bool = false
  ) {
    self.kind = kind
    self.names = names
    self.valueName = valueName
    self.help = help
    self.defaultValue = defaultValue
    self.isOptional = isOptional
    self.isRepeating = isRepeating
  }
}
