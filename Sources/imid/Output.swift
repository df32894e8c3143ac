#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import IMiDCore

/// Writes command output to standard output, checking every write: a full disk, a file-size
/// limit, a pipe closed early (with SIGPIPE ignored) or a closed descriptor is exit 74 with
/// `imid: cannot write standard output: <reason>`, never a quiet exit 0 with output lost.
/// Whatever is written passes the one sanitiser first (`TextSafety.sanitizedDocument`), so no
/// control character or escape sequence reaches a terminal, whatever its origin.
enum Output {
  /// Whether anything was written (then `finish` checks the final close).
  nonisolated(unsafe) private static var wrote = false

  /// Lines, each ending in a newline.
  static func write(_ lines: [String]) throws(CLIError) {
    var text = ""
    for line in lines {
      text += line
      text += "\n"
    }
    try write(text)
  }

  /// A whole document as is (its LF and CRLF line ends kept).
  static func write(_ text: String) throws(CLIError) {
    wrote = true
    var text = TextSafety.sanitizedDocument(text)
    if let failed = text.withUTF8({ SystemCall.writeAll(STDOUT_FILENO, $0) }) { throw failure(failed) }
  }

  /// Closes standard output once the command is done, so an error the system reports only
  /// then (a deferred write error) is not lost either.
  static func finish() throws(CLIError) {
    guard wrote else { return }
    wrote = false
    if close(STDOUT_FILENO) != 0 && errno != EINTR { throw failure(errno) }
  }

  /// Makes sure a closed standard output stays closed for writing: were descriptor 1 free, the
  /// next file opened would take it and output would go there. A read-only placeholder makes
  /// every write fail with EBADF, as writing to a closed descriptor does.
  static func guardClosedDescriptor() {
    guard fcntl(STDOUT_FILENO, F_GETFD) == -1, errno == EBADF else { return }
    let placeholder = open("/dev/null", O_RDONLY | O_CLOEXEC)
    if placeholder >= 0 && placeholder != STDOUT_FILENO {
      dup2(placeholder, STDOUT_FILENO)
      close(placeholder)
    }
  }

  private static func failure(_ code: Int32) -> CLIError {
    CLIError(.ioError, "cannot write standard output: \(SystemCall.describe(code))")
  }
}
