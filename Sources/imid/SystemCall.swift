#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The two things every writer in the command line needs from the system: writing a whole
/// buffer to a descriptor, and naming an errno for a message.
enum SystemCall {
  /// Writes every byte of `bytes` to `fd`, retrying short writes and interruptions; the errno
  /// of a failure (EIO for a write that wrote nothing), or nil when all was written.
  static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = write(fd, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      if written < 0 && errno == EINTR { continue }
      if written < 0 { return errno }
      if written == 0 { return EIO }
      offset += written
    }
    return nil
  }

  /// The system's words for an errno, e.g. "No space left on device".
  static func describe(_ code: Int32) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message)
  }
}
