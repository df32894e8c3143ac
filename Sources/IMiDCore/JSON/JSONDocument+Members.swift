import Dispatch

/// The whole check of a document's top-level object, on two threads when it is large.
///
/// One pass over a 77 MB catalogue was a fifth of `imid validate`. So a second thread checks
/// from near the middle to the end, guessing that a `{` after `}` and `,` starts an element of
/// a top-level array (as in any table of objects), while this thread checks from the start.
/// Only when this thread meets an element starting at exactly that byte is checking on from
/// there what the second thread did, and its work taken. Otherwise (the byte was inside a
/// string, the second thread met a problem, or a limit is passed across the halves) this
/// thread goes on alone: every outcome, accepted or refused, is a one-thread check's.
extension JSONDocument {
  /// Documents this long or longer are checked in halves (a catalogue of some 10,000 drugs).
  static let halvesSize = 4 << 20

  /// An array member of the top-level object part-way checked: key, value start, element starts.
  private typealias OpenArray = (key: String, start: Int, starts: [UInt32])

  /// The members of the object at the scanner's position, each value checked and skipped (an
  /// array's element starts are recorded); nil, the value checked, when it is not an object. In
  /// halves when `inHalves` and a place to split is found.
  static func checkedMembers(_ scanner: inout JSONScanner, inHalves: Bool) throws(JSONSyntaxError) -> [JSONMemberLocation]? {
    guard scanner.peek(UInt8(ascii: "{")) else {
      try scanner.skipValue()
      return nil
    }
    let middle = inHalves ? splitPoint(scanner.bytes) : nil
    let limits = scanner.limits
    // The second thread's scanner, and the members it found: the rest of the array it starts in
    // (without a key), then the members after it.
    nonisolated(unsafe) var half = JSONScanner(bytes: scanner.bytes, limits: limits, position: middle ?? 0, depth: 2)
    nonisolated(unsafe) var second: [JSONMemberLocation]?
    let group = DispatchGroup()
    if let middle {
      DispatchQueue.global().async(group: group) {
        var members: [JSONMemberLocation] = []
        do throws(JSONSyntaxError) {
          _ = try checkMembers(&half, &members, from: ("", middle, []))
          second = members
        } catch {}  // the first thread meets the problem itself
      }
    }
    defer { group.wait() }  // the second thread reads the bytes until it is done
    var members: [JSONMemberLocation] = []
    guard try scanner.enterContainer(), let open = try checkMembers(&scanner, &members, stoppingAt: middle ?? -1) else {
      return members
    }
    group.wait()
    if let rest = second, let tail = rest.first?.elementStarts, open.starts.count + tail.count <= limits.maxElements,
      members.count + rest.count <= limits.maxElements
    {
      scanner = half
      members.append(JSONMemberLocation(
        key: open.key, value: open.start..<rest[0].value.upperBound, elementStarts: open.starts + tail))
      return members + rest.dropFirst()
    }
    _ = try checkMembers(&scanner, &members, from: open)
    return members
  }

  /// Checks the top-level object's members from the scanner's position (a key, or an element of
  /// `open`) to its end, appending each with an array's element starts (4-byte offsets, as a
  /// catalogue's entries are). Returns the open array, stopped there, at an element at `stop`.
  private static func checkMembers(
    _ scanner: inout JSONScanner, _ members: inout [JSONMemberLocation], from open: OpenArray? = nil, stoppingAt stop: Int = -1
  ) throws(JSONSyntaxError) -> OpenArray? {
    var open = open
    repeat {
      if open == nil {
        scanner.skipWhitespace()
        let key = try scanner.key()
        let start = scanner.position
        let isArray = scanner.bytes.count <= Int(UInt32.max) && scanner.peek(UInt8(ascii: "["))
        if !isArray { try scanner.skipValue() }
        if isArray, try scanner.enterContainer() {
          open = (key, start, [])
        } else {
          members.append(JSONMemberLocation(key: key, value: start..<scanner.position, elementStarts: isArray ? [] : nil))
        }
      }
      if var array = open {
        let whole = try scanner.forEachElement(from: array.starts.count, inObject: false) { scanner, _ throws(JSONSyntaxError) in
          guard scanner.position != stop else { return false }
          array.starts.append(UInt32(scanner.position))
          try scanner.skipValue()
          return true
        }
        guard whole else { return array }
        members.append(JSONMemberLocation(key: array.key, value: array.start..<scanner.position, elementStarts: array.starts))
        open = nil
      }
    } while try scanner.nextElement(count: members.count, inObject: true)
    return nil
  }

  /// Where a second thread would start checking `data` (tests use it to build documents whose
  /// halves meet, and some whose guess is wrong).
  public static func secondHalfStart(of data: [UInt8]) -> Int? {
    data.count >= halvesSize ? data.withUnsafeBufferPointer(splitPoint) : nil
  }

  /// Where the second thread starts: the first `{` at or after the middle of `bytes` that
  /// follows a `}` and a `,` (whitespace between allowed), within 64 KB; nil if there is none.
  private static func splitPoint(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let window = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, bytes.count / 2 + 65_536)])
    var scanner = JSONScanner(bytes: window, limits: .catalog)
    for index in (bytes.count / 2)..<window.count where bytes[index] == UInt8(ascii: "}") {
      scanner.position = index + 1
      scanner.skipWhitespace()
      guard scanner.peek(UInt8(ascii: ",")) else { continue }
      scanner.position += 1
      scanner.skipWhitespace()
      if scanner.peek(UInt8(ascii: "{")) { return scanner.position }
    }
    return nil
  }
}
