/// A failure the command line reports as `imid: <message>` lines on stderr, with a sysexits code.
struct CLIError: Error {
  /// The process exit status.
  var code: ExitStatus
  /// One line per problem (without the `imid: ` prefix).
  var lines: [String]

  init(_ code: ExitStatus, _ lines: String...) {
    self.code = code
    self.lines = lines
  }

  init(_ code: ExitStatus, lines: [String]) {
    self.code = code
    self.lines = lines
  }
}

/// Exit statuses, from sysexits(3).
enum ExitStatus: Int32, CaseIterable {
  case ok = 0
  case usage = 64
  case dataError = 65
  case noInput = 66
  case cannotCreate = 73
  case ioError = 74
}
