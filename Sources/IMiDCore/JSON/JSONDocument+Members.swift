import Dispatch

/// The whole check of a document's top-level object, on two threads when it is large.
///
/// The check is one pass from the first byte to the last; on a 77 MB catalogue it was a fifth
/// of `imid validate`. So a second thread checks from an element near the middle to the end,
/// on the guess that it starts an element of a top-level array (a `{` after `}` and `,`, as in
/// any table of objects), while this thread checks from the start. The guess holds when this
/// thread meets an element starting at exactly that byte: checking on from there is then what
/// the second thread did, and its element starts and members are taken. Otherwise (the byte
/// was inside a string, the second thread met a problem, or a limit is passed across the
/// halves) this thread goes on alone: every document is accepted, and every problem reported,
/// as a one-thread check gives it.
extension JSONDocument {
  /// Documents this long or longer are checked in halves (a catalogue of some 10,000 drugs).
  static let halvesSize = 4 << 20

  /// What the second thread found: the element starts of the array it began in and where that
  /// array ends, then the members after it and where the top-level object ends.
  private typealias SecondHalf = (starts: [UInt32], arrayEnd: Int, members: [JSONMemberLocation], end: Int)

  /// The top-level object's members, each value checked and skipped; an array's element
  /// starts are recorded. In halves when `inHalves` and a place to split is found.
  static func checkedMembers(_ scanner: inout JSONScanner, inHalves: Bool) throws(JSONSyntaxError) -> [JSONMemberLocation] {
    let middle = inHalves ? splitPoint(scanner.bytes) : nil
    let limits = scanner.limits
    nonisolated(unsafe) var second: SecondHalf?
    let group = DispatchGroup()
    if let middle {
      nonisolated(unsafe) let half = JSONScanner(bytes: scanner.bytes, limits: limits, position: middle, depth: 2)
      DispatchQueue.global().async(group: group) { second = try? secondHalf(half) }
    }
    defer { group.wait() }  // the second thread reads the bytes until it is done
    var members: [JSONMemberLocation] = []
    _ = try scanner.forEachElement { scanner, _ throws(JSONSyntaxError) in
      var (member, stopped) = try nextMember(&scanner, stoppingAt: middle ?? -1)
      if stopped {
        group.wait()
        var starts = member.elementStarts ?? []
        if let second, starts.count + second.starts.count <= limits.maxElements,
          members.count + 1 + second.members.count <= limits.maxElements
        {
          members.append(JSONMemberLocation(
            key: member.key, value: member.value.lowerBound..<second.arrayEnd, elementStarts: starts + second.starts))
          members += second.members
          (scanner.position, scanner.depth) = (second.end, 0)
          return false
        }
        _ = try skipElements(&scanner, recordingStarts: &starts)
        member = JSONMemberLocation(key: member.key, value: member.value.lowerBound..<scanner.position, elementStarts: starts)
      }
      members.append(member)
      return true
    }
    return members
  }

  /// The member at the scanner's position (at its key), checked and skipped; an array's
  /// element starts are recorded (as 4-byte offsets, as a catalogue's entries are).
  /// `stopped` when the array was left at an element starting at byte `stop`.
  private static func nextMember(
    _ scanner: inout JSONScanner, stoppingAt stop: Int = -1
  ) throws(JSONSyntaxError) -> (member: JSONMemberLocation, stopped: Bool) {
    let name = try scanner.parseKey()
    let start = scanner.position
    guard scanner.bytes.count <= Int(UInt32.max), scanner.peek(UInt8(ascii: "[")) else {
      try scanner.skipValue()
      return (JSONMemberLocation(key: name, value: start..<scanner.position), false)
    }
    var starts: [UInt32] = []
    var whole = true
    if try scanner.enterContainer() { whole = try skipElements(&scanner, recordingStarts: &starts, stoppingAt: stop) }
    return (JSONMemberLocation(key: name, value: start..<scanner.position, elementStarts: starts), !whole)
  }

  /// Skips an array's elements from the one at the scanner's position, recording where each
  /// starts (`starts` holds those before, one each). Returns false, having stopped there, at an
  /// element starting at byte `stop`.
  @inline(__always)
  private static func skipElements(
    _ scanner: inout JSONScanner, recordingStarts starts: inout [UInt32], stoppingAt stop: Int = -1
  ) throws(JSONSyntaxError) -> Bool {
    try scanner.forEachElement(from: starts.count, inObject: false) { scanner, _ throws(JSONSyntaxError) in
      guard scanner.position != stop else { return false }
      starts.append(UInt32(scanner.position))
      try scanner.skipValue()
      return true
    }
  }

  /// The second thread's check, from `scanner` (taken to be at an element of an array in the
  /// top-level object) to the end of that object. Its problems the first thread then meets
  /// itself; limits on counts are checked across the halves by the first thread.
  private static func secondHalf(_ scanner: JSONScanner) throws(JSONSyntaxError) -> SecondHalf {
    var scanner = scanner
    var half: SecondHalf = ([], 0, [], 0)
    _ = try skipElements(&scanner, recordingStarts: &half.starts)
    half.arrayEnd = scanner.position
    if try scanner.nextElement(count: 0, inObject: true) {
      _ = try scanner.forEachElement(from: 0, inObject: true) { scanner, _ throws(JSONSyntaxError) in
        half.members.append(try nextMember(&scanner).member)
        return true
      }
    }
    half.end = scanner.position
    return half
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
