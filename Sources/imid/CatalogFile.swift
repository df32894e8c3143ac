#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Dispatch
import IMiDCatalogData
import IMiDCore

/// Where the catalogue comes from: the built-in one or a file, read and validated here so that
/// every command reports problems the same way (66 cannot read, 65 bad data).
enum CatalogFile {
  /// Loads the catalogue at `path`, or the built-in one when `path` is nil (opened from its
  /// snapshot: it was checked whole when the snapshot was made, and has no warnings).
  static func load(_ path: String?) throws(CLIError) -> LoadedCatalog {
    guard let path else {
      do {
        return try BuiltinCatalog.load(currentYear: currentYear())
      } catch {
        throw dataError(error)
      }
    }
    let file = PathName(argument: path)
    return try load(try readAll(file), source: file.shown)
  }

  /// Validates catalogue bytes read from `source`; every problem is one line of exit 65.
  static func load(_ bytes: [UInt8], source: String) throws(CLIError) -> LoadedCatalog {
    do {
      return try CatalogLoader.load(bytes, source: source, currentYear: currentYear())
    } catch {
      throw dataError(error)
    }
  }

  /// The exit-65 error for a catalogue that did not load: one line per diagnostic.
  static func dataError(_ error: CatalogLoadError) -> CLIError {
    CLIError(.dataError, lines: error.diagnostics.map { diagnostic in
      diagnostic.severity == .warning ? "warning: \(diagnostic)" : "\(diagnostic)"
    })
  }

  /// Reads a whole file; a missing, unreadable or non-regular file is exit 66, one over the size
  /// limit is exit 65 (read no further than the limit).
  static func readAll(_ file: PathName) throws(CLIError) -> [UInt8] {
    let path = file.shown
    let fd = file.withCString { open($0, O_RDONLY | O_CLOEXEC) }
    guard fd >= 0 else { throw CLIError(.noInput, "\(path): cannot open: \(SystemCall.describe(errno))") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw CLIError(.noInput, "\(path): cannot read: \(SystemCall.describe(errno))") }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw CLIError(.noInput, "\(path): is a directory, not a catalogue file") }
    let limit = JSONLimits.catalog.maxBytes
    if Int(info.st_size) > limit {
      throw CLIError(.dataError, "\(path): file is \(info.st_size) bytes, over the limit of \(limit)")
    }
    // A regular file is read straight into the array (no chunk to copy from, which was a
    // second pass over a 77 MB catalogue), a large one in halves on two threads (most of the
    // time goes to the new pages, which two cores fill at once); whatever follows its size (a
    // file still growing, or a FIFO, whose size is 0) is read a chunk at a time.
    var failure: Int32 = 0
    var bytes = [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, filled in
      guard let start = buffer.baseAddress else { return }
      let size = buffer.count
      let half = size >= Self.halvesSize ? size / 2 : size
      nonisolated(unsafe) let base = start
      var parts = [(count: 0, failure: Int32(0)), (count: 0, failure: Int32(0))]
      parts.withUnsafeMutableBufferPointer { results in
        // Each thread writes only its own result.
        nonisolated(unsafe) let results = results
        DispatchQueue.concurrentPerform(iterations: half < size ? 2 : 1) { part in
          let range = part == 0 ? 0..<half : half..<size
          results[part] = readRange(fd, into: base + range.lowerBound, count: range.count, at: range.lowerBound)
        }
      }
      // A short first half (the file shrank) ends the file there.
      filled = parts[0].count < half ? parts[0].count : half + parts[1].count
      failure = parts[0].failure != 0 ? parts[0].failure : (parts[0].count < half ? 0 : parts[1].failure)
      _ = lseek(fd, off_t(filled), SEEK_SET)
    }
    if failure != 0 { throw CLIError(.noInput, "\(path): cannot read: \(SystemCall.describe(failure))") }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw CLIError(.noInput, "\(path): cannot read: \(SystemCall.describe(errno))")
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > limit {
        throw CLIError(.dataError, "\(path): file is over the limit of \(limit) bytes")
      }
    }
    return bytes
  }

  /// Files at least this large are read in halves on two threads.
  static let halvesSize = 8 << 20

  /// Reads up to `count` bytes of `fd` at `offset` into `base`: how many it read (fewer at the
  /// end of the file), and the error that stopped it, if one did.
  private static func readRange(_ fd: Int32, into base: UnsafeMutablePointer<UInt8>, count: Int, at offset: Int)
    -> (count: Int, failure: Int32)
  {
    var done = 0
    while done < count {
      let read = pread(fd, base + done, count - done, off_t(offset + done))
      if read < 0 && errno == EINTR { continue }
      if read < 0 { return (done, errno) }
      if read == 0 { break }
      done += read
    }
    return (done, 0)
  }

  /// The current year (UTC), which bounds plausible years in catalogues.
  static func currentYear() -> Int {
    var now = time(nil)
    var parts = tm()
    gmtime_r(&now, &parts)
    return Int(parts.tm_year) + 1900
  }
}
