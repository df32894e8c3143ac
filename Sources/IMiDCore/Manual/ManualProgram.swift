/// Everything the manual page is made from that the command line knows: the program's version,
/// the built-in catalogue's edition, and its commands and options (read from the argument
/// parser, so the page lists exactly what the program accepts). The key table comes from
/// `KeyMap` itself, not from here.
public struct ManualProgram: Sendable, Equatable {
  /// The program's version, e.g. `0.1.0`.
  public var version: String
  /// The built-in catalogue's edition, e.g. `2026.11 (2026-11-26)`.
  public var catalogue: String
  /// The page's date (`YYYY-MM-DD`): the catalogue's, so that the page is the same on every build.
  public var date: String
  /// The program in a sentence (the root command's abstract).
  public var abstract: String
  /// The root command's discussion.
  public var discussion: String
  /// The options of `imid` itself (those of the browser, `--version` and `--help`).
  public var options: [ManualArgument]
  /// The subcommands, in the order help lists them.
  public var commands: [ManualCommand]
  /// Every exit status, success first.
  public var exitStatuses: [ManualExitStatus]

  /// Creates the description of a program.
  public init(
    version: String, catalogue: String, date: String, abstract: String, discussion: String,
    options: [ManualArgument], commands: [ManualCommand], exitStatuses: [ManualExitStatus]
  ) {
    self.version = version
    self.catalogue = catalogue
    self.date = date
    self.abstract = abstract
    self.discussion = discussion
    self.options = options
    self.commands = commands
    self.exitStatuses = exitStatuses
  }
}
