import IMiDCore

/// Every exit status with its sysexits(3) name and when imid exits with it: the manual's EXIT
/// STATUS section is made from this list.
extension ExitStatus {
  /// Each status as the manual describes it, success first.
  static var manual: [ManualExitStatus] {
    allCases.map { ManualExitStatus(code: $0.rawValue, name: $0.sysexitsName, meaning: $0.meaning) }
  }

  /// The sysexits(3) name, or nil for success.
  var sysexitsName: String? {
    switch self {
    case .ok: return nil
    case .usage: return "EX_USAGE"
    case .dataError: return "EX_DATAERR"
    case .noInput: return "EX_NOINPUT"
    case .cannotCreate: return "EX_CANTCREAT"
    case .ioError: return "EX_IOERR"
    }
  }

  /// When imid exits with this status.
  var meaning: String {
    switch self {
    case .ok: return "Success (also for --help and --version, and for imid validate on a catalogue with warnings only)."
    case .usage: return "The command line is wrong: an unknown option or value, a missing argument, a drug, source or mechanism that is not in the catalogue, or imid browse without a terminal."
    case .dataError: return "The catalogue is not valid (every problem is reported, one per line, or as JSON with imid validate --format json), or a file is over a size limit."
    case .noInput: return "The catalogue file is missing, unreadable or a directory."
    case .cannotCreate: return "An export file cannot be created: it exists (without --force), or its directory is missing or not writable."
    case .ioError: return "Writing failed: standard output or a file (a full disk, a pipe closed early, a file-size limit)."
    }
  }
}
