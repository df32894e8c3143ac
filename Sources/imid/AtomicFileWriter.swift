#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a whole file safely: into a temporary file in the target's directory, flushed to disk,
/// then moved into place in one step. A failure at any point removes the temporary file, so no
/// half-written file is ever left; without `overwrite` an existing file is never replaced
/// (the final step is `link`, which fails rather than clobber).
enum AtomicFileWriter {
  /// Why a write failed: 73 (cannot create) or 74 (I/O error), with a message naming the path.
  struct Failure: Error, Equatable {
    var code: ExitStatus
    var message: String
    /// True when the only problem is that the file exists (and `overwrite` was false).
    var fileExists = false
  }

  static func write(_ contents: String, to path: String, overwrite: Bool) throws(Failure) {
    var info = stat()
    if stat(path, &info) == 0 {
      if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure(code: .cannotCreate, message: "\(path): is a directory") }
      if !overwrite {
        throw Failure(code: .cannotCreate, message: "\(path): already exists (use --force to replace it)", fileExists: true)
      }
    }
    let directory = Self.directory(of: path)
    var directoryInfo = stat()
    guard stat(directory, &directoryInfo) == 0, (directoryInfo.st_mode & S_IFMT) == S_IFDIR else {
      throw Failure(code: .cannotCreate, message: "\(path): cannot create: directory \(directory) does not exist")
    }
    var template = Array((directory + "/.imid-export-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard fd >= 0 else { throw Failure(code: .cannotCreate, message: "\(path): cannot create: \(describe(errno))") }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var finished = false
    defer {
      if !finished { unlink(temporary) }
    }
    // mkstemp makes the file private (0600); give it the usual permissions, less the umask.
    let mask = umask(0)
    umask(mask)
    fchmod(fd, 0o666 & ~mask)

    let bytes = Array(contents.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = describe(errno)
        close(fd)
        throw Failure(code: .ioError, message: "\(path): write failed: \(reason)")
      }
      offset += written
    }
    if fsync(fd) != 0 || close(fd) != 0 {
      throw Failure(code: .ioError, message: "\(path): write failed: \(describe(errno))")
    }
    if overwrite {
      guard rename(temporary, path) == 0 else {
        throw Failure(code: .cannotCreate, message: "\(path): cannot replace: \(describe(errno))")
      }
    } else {
      guard link(temporary, path) == 0 else {
        let exists = errno == EEXIST
        let reason = exists ? "already exists (use --force to replace it)" : "cannot create: " + describe(errno)
        throw Failure(code: .cannotCreate, message: "\(path): \(reason)", fileExists: exists)
      }
      unlink(temporary)
    }
    finished = true
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let directory = String(path[..<slash])
    return directory.isEmpty ? "/" : directory
  }

  static func describe(_ code: Int32) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message)
  }
}
