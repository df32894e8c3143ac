/// One exit status of the program and what it means, for the manual's EXIT STATUS.
public struct ManualExitStatus: Sendable, Equatable {
  /// The status, e.g. 65.
  public var code: Int32
  /// Its sysexits(3) name, e.g. `EX_DATAERR`, or nil for success.
  public var name: String?
  /// When the program exits with it.
  public var meaning: String

  /// Creates an entry.
  public init(code: Int32, name: String?, meaning: String) {
    self.code = code
    self.name = name
    self.meaning = meaning
  }
}
