#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import IMiDCore

/// A file name as the system knows it: bytes, which need not be UTF-8. Swift's command-line
/// strings repair invalid UTF-8 (`bad\xFF.txt` would become `bad\u{FFFD}.txt`, another file),
/// so a path is taken back from the raw `argv` bytes, handed to the system as those bytes, and
/// shown only through the sanitiser (`bad\xFF.txt`).
struct PathName: Equatable {
  /// The bytes, without a terminating NUL.
  var bytes: [UInt8]

  /// A path from bytes.
  init(bytes: [UInt8]) { self.bytes = bytes }

  /// A path from text (already valid UTF-8, e.g. one built by the program).
  init(_ text: String) { bytes = Array(text.utf8) }

  /// The path as the user typed it on the command line: the raw `argv` bytes that the parsed
  /// `value` came from (`value`, `--name=value` or `-ovalue`). A value that decoded without
  /// repair is exactly its UTF-8.
  init(argument value: String) {
    guard value.unicodeScalars.contains("\u{FFFD}") else {
      bytes = Array(value.utf8)
      return
    }
    for index in 1..<Int(CommandLine.argc) {
      guard let pointer = CommandLine.unsafeArgv[index] else { continue }
      let raw = Array(UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
      for candidate in Self.candidates(raw) where String(decoding: candidate, as: UTF8.self) == value {
        bytes = Array(candidate)
        return
      }
    }
    bytes = Array(value.utf8)
  }

  /// The ways an argument can carry a value: whole, after `=` in `--name=value`, or after the
  /// letter in `-ovalue`.
  private static func candidates(_ raw: [UInt8]) -> [ArraySlice<UInt8>] {
    var result = [raw[...]]
    let dash = UInt8(ascii: "-")
    if raw.count > 2, raw[0] == dash, raw[1] == dash, let equals = raw.firstIndex(of: UInt8(ascii: "=")) {
      result.append(raw[(equals + 1)...])
    } else if raw.count > 2, raw[0] == dash, raw[1] != dash {
      result.append(raw[2...])
    }
    return result
  }

  /// What a message shows: invalid bytes as `\xFF`, control characters as visible escapes.
  var shown: String { TextSafety.sanitized(bytes: bytes) }

  /// The directory part: everything before the last `/` (`.` when there is none, `/` for `/x`).
  var directory: PathName {
    guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return PathName(".") }
    let head = Array(bytes[..<slash])
    return head.isEmpty ? PathName("/") : PathName(bytes: head)
  }

  /// Whether the path is absolute.
  var isAbsolute: Bool { bytes.first == UInt8(ascii: "/") }

  /// `name` inside this directory.
  func appending(_ name: [UInt8]) -> PathName {
    PathName(bytes: bytes + (bytes.last == UInt8(ascii: "/") ? [] : [UInt8(ascii: "/")]) + name)
  }

  /// Calls `body` with the path as a NUL-terminated C string.
  func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
    let terminated = bytes.map { CChar(bitPattern: $0) } + [0]
    return terminated.withUnsafeBufferPointer { body($0.baseAddress!) }
  }
}
