/// A JSON syntax error at a line and column (both 1-based; the column counts Unicode scalars).
public struct JSONSyntaxError: Error, Sendable, Equatable {
  /// 1-based line of the offending byte.
  public var line: Int
  /// 1-based column of the offending byte, in Unicode scalars from the line's start.
  public var column: Int
  /// What is wrong, in a few words, e.g. "expected ',' or '}' after an object member".
  public var message: String

  /// Creates an error.
  public init(line: Int, column: Int, message: String) {
    self.line = line
    self.column = column
    self.message = message
  }
}
