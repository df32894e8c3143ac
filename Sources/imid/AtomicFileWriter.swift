#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CTempGuard
import IMiDCore

/// Writes an export to a path the user named, losing nothing whatever the path is.
///
/// - A new or replaced regular file is written into a temporary file in the target's directory,
///   flushed to disk, then moved into place in one step; a failure at any point, or a signal
///   (with `guardSignals`), removes the temporary file, so no half-written file is ever left.
///   Without `overwrite` an existing file is never replaced (the last step is `link`, which
///   fails rather than clobber); with it, the replaced file keeps its mode, and its owner and
///   group where the process may set them.
/// - A symbolic link is written through: with `overwrite` its target is replaced atomically, in
///   the target's own directory, and the link stays.
/// - A character device or a FIFO (a terminal, `/dev/null`, a pipe someone reads) is opened and
///   written in place: no temporary file, no rename, no `overwrite` needed.
/// - A directory, a socket or a block device is refused (73).
enum AtomicFileWriter {
  /// Why a write failed: 73 (cannot create) or 74 (I/O error), with a message naming the path.
  struct Failure: Error, Equatable {
    var code: ExitStatus
    var message: String
    /// True when the only problem is that the file exists (and `overwrite` was false).
    var fileExists = false
  }

  /// Writes `contents` (sanitised: no control character reaches a file) to `path`.
  static func write(_ contents: String, to path: PathName, overwrite: Bool, guardSignals: Bool = false) throws(Failure) {
    var text = TextSafety.sanitizedDocument(contents)
    var target = path
    for _ in 0..<40 {  // at most 40 links, as the kernel allows
      var info = stat()
      guard target.withCString({ lstat($0, &info) }) == 0 else {
        let code = errno
        guard code == ENOENT else { throw cannotCreate(path, code) }
        try withBytes(&text) { bytes throws(Failure) in
          try replace(path, at: target, with: bytes, keeping: nil, guardSignals: guardSignals)
        }
        return
      }
      switch info.st_mode & S_IFMT {
      case S_IFLNK:
        var followed = stat()
        let resolves = target.withCString { stat($0, &followed) } == 0
        if resolves, [S_IFCHR, S_IFIFO].contains(followed.st_mode & S_IFMT) {
          try withBytes(&text) { bytes throws(Failure) in try writeInPlace(path, at: target, bytes) }
          return
        }
        guard overwrite else { throw exists(path) }
        target = try linkTarget(of: target, naming: path)
      case S_IFCHR, S_IFIFO:
        try withBytes(&text) { bytes throws(Failure) in try writeInPlace(path, at: target, bytes) }
        return
      case S_IFREG:
        guard overwrite else { throw exists(path) }
        try withBytes(&text) { bytes throws(Failure) in
          try replace(path, at: target, with: bytes, keeping: info, guardSignals: guardSignals)
        }
        return
      case S_IFDIR: throw Failure(code: .cannotCreate, message: "\(path.shown): is a directory")
      case S_IFSOCK: throw Failure(code: .cannotCreate, message: "\(path.shown): is a socket; write to a file, a FIFO or a device")
      default: throw Failure(code: .cannotCreate, message: "\(path.shown): is a block device; refusing to write to it")
      }
    }
    throw cannotCreate(path, ELOOP)
  }

  /// Runs `body` on the text's UTF-8 bytes without copying them.
  private static func withBytes(
    _ text: inout String, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void
  ) throws(Failure) {
    var failure: Failure?
    text.withUTF8 { bytes in
      do throws(Failure) { try body(bytes) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Where a symbolic link points, relative targets taken from the link's directory.
  private static func linkTarget(of link: PathName, naming path: PathName) throws(Failure) -> PathName {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = link.withCString { readlink($0, &buffer, buffer.count) }
    guard count > 0 else { throw cannotCreate(path, count == 0 ? ENOENT : errno) }
    let bytes = buffer[..<count].map { UInt8(bitPattern: $0) }
    let target = PathName(bytes: bytes)
    return target.isAbsolute ? target : link.directory.appending(bytes)
  }

  /// Writes into an existing device or FIFO as it is.
  private static func writeInPlace(_ path: PathName, at target: PathName, _ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) {
    let fd = target.withCString { open($0, O_WRONLY | O_NOCTTY | O_CLOEXEC) }
    guard fd >= 0 else { throw cannotCreate(path, errno) }
    if let code = SystemCall.writeAll(fd, bytes) {
      close(fd)
      throw Failure(code: .ioError, message: "\(path.shown): write failed: \(SystemCall.describe(code))")
    }
    guard close(fd) == 0 || errno == EINTR else {
      throw Failure(code: .ioError, message: "\(path.shown): write failed: \(SystemCall.describe(errno))")
    }
  }

  /// Creates `target` (when `original` is nil) or replaces it, through a temporary file.
  private static func replace(
    _ path: PathName, at target: PathName, with bytes: UnsafeBufferPointer<UInt8>, keeping original: stat?,
    guardSignals: Bool
  ) throws(Failure) {
    let directory = target.directory
    var directoryInfo = stat()
    guard directory.withCString({ stat($0, &directoryInfo) }) == 0 else {
      let code = errno
      if code == ENOTDIR, let file = firstNonDirectory(in: directory) {
        throw Failure(code: .cannotCreate, message: "\(path.shown): cannot create: \(file.shown) is not a directory")
      }
      if code == ENOENT {
        throw Failure(code: .cannotCreate, message: "\(path.shown): cannot create: directory \(directory.shown) does not exist")
      }
      throw cannotCreate(path, code)
    }
    guard (directoryInfo.st_mode & S_IFMT) == S_IFDIR else {
      throw Failure(code: .cannotCreate, message: "\(path.shown): cannot create: \(directory.shown) is not a directory")
    }
    var template = (directory.appending(Array(".imid-export-XXXXXX".utf8)).bytes + [0]).map { CChar(bitPattern: $0) }
    // Blocked signals while the name is recorded, so no signal can come between creating the
    // file and guarding it.
    var all = sigset_t(), before = sigset_t()
    sigfillset(&all)
    if guardSignals { sigprocmask(SIG_BLOCK, &all, &before) }
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    let created = errno
    if guardSignals {
      if fd >= 0 { _ = template.withUnsafeBufferPointer { imid_temp_guard_watch($0.baseAddress!) } }
      sigprocmask(SIG_SETMASK, &before, nil)
    }
    guard fd >= 0 else { throw cannotCreate(path, created) }
    var finished = false
    defer {
      if !finished { _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) } }
      if guardSignals { imid_temp_guard_release() }
    }
    if let original {
      // Keep the replaced file's permissions, and its owner and group where allowed (root, or
      // a group the user is in); otherwise the new file is the user's, as any new file is.
      fchmod(fd, original.st_mode & 0o7777)
      if fchown(fd, original.st_uid, original.st_gid) != 0 { _ = fchown(fd, uid_t.max, original.st_gid) }
    } else {
      // mkstemp makes the file private (0600); give it the usual permissions, less the umask.
      let mask = umask(0)
      umask(mask)
      fchmod(fd, 0o666 & ~mask)
    }
    if let code = SystemCall.writeAll(fd, bytes) {
      close(fd)
      throw Failure(code: .ioError, message: "\(path.shown): write failed: \(SystemCall.describe(code))")
    }
    if fsync(fd) != 0 || close(fd) != 0 {
      throw Failure(code: .ioError, message: "\(path.shown): write failed: \(SystemCall.describe(errno))")
    }
    holdForTests()
    let moved = template.withUnsafeBufferPointer { temporary in
      target.withCString { original != nil ? rename(temporary.baseAddress!, $0) : link(temporary.baseAddress!, $0) }
    }
    guard moved == 0 else {
      if errno == EEXIST { throw exists(path) }
      throw Failure(code: .cannotCreate, message: "\(path.shown): cannot \(original != nil ? "replace" : "create"): \(SystemCall.describe(errno))")
    }
    if original == nil { _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) } }
    finished = true
  }

  /// The end-to-end tests' one seam: with `IMID_TEST_HOLD_EXPORT=1` the writer says `held` on
  /// stderr once the temporary file is written and waits (up to 10 s) before moving it into
  /// place, so a test can send a signal at exactly that point and check that nothing is left.
  private static func holdForTests() {
    guard getenv("IMID_TEST_HOLD_EXPORT") != nil else { return }
    Terminal.printError("held")
    var pause = timespec(tv_sec: 10, tv_nsec: 0), left = timespec()
    while nanosleep(&pause, &left) != 0 && errno == EINTR { pause = left }
  }

  /// The first leading part of `path` that exists and is not a directory (`plain` in
  /// `plain/x.txt` when `plain` is a file), to name the real problem.
  private static func firstNonDirectory(in path: PathName) -> PathName? {
    var end = path.bytes.startIndex
    while end <= path.bytes.endIndex {
      let next = path.bytes[end...].firstIndex(of: UInt8(ascii: "/")) ?? path.bytes.endIndex
      if next > 0 {
        let prefix = PathName(bytes: Array(path.bytes[..<next]))
        var info = stat()
        if prefix.withCString({ stat($0, &info) }) == 0, (info.st_mode & S_IFMT) != S_IFDIR { return prefix }
      }
      end = next + 1
    }
    return nil
  }

  private static func exists(_ path: PathName) -> Failure {
    Failure(code: .cannotCreate, message: "\(path.shown): already exists (use --force to replace it)", fileExists: true)
  }

  private static func cannotCreate(_ path: PathName, _ code: Int32) -> Failure {
    if code == ENOTDIR, let file = firstNonDirectory(in: path.directory) {
      return Failure(code: .cannotCreate, message: "\(path.shown): cannot create: \(file.shown) is not a directory")
    }
    if code == ENOENT {
      return Failure(code: .cannotCreate, message: "\(path.shown): cannot create: directory \(path.directory.shown) does not exist")
    }
    return Failure(code: .cannotCreate, message: "\(path.shown): cannot create: \(SystemCall.describe(code))")
  }
}
