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

  /// What the second thread found, from its first element to the end of the top-level object.
  private struct SecondHalf {
    /// The element starts of the array it began in, and where that array ends.
    var starts: [UInt32] = []
    var arrayEnd = 0
    /// The members after that array, and where the object ends.
    var members: [JSONMemberLocation] = []
    var end = 0
  }

  /// The top-level object's members, each value checked and skipped; an array's element
  /// starts are recorded. In halves when `inHalves` and a place to split is found.
  static func checkedMembers(_ scanner: inout JSONScanner, inHalves: Bool) throws(JSONSyntaxError) -> [JSONMemberLocation] {
    let middle = inHalves ? splitPoint(scanner.bytes) : nil
    nonisolated(unsafe) let bytes = scanner.bytes
    let limits = scanner.limits
    nonisolated(unsafe) var second: SecondHalf?
    let group = DispatchGroup()
    if let middle {
      DispatchQueue.global().async(group: group) { second = secondHalf(bytes, limits, from: middle) }
    }
    defer { group.wait() }  // the second thread reads the bytes until it is done
    var members: [JSONMemberLocation] = []
    guard try scanner.enterContainer() else { return members }
    repeat {
      scanner.skipWhitespace()
      var (member, stopped) = try nextMember(&scanner, stoppingAt: middle ?? -1)
      if stopped {
        group.wait()
        if let second, (member.elementStarts?.count ?? 0) + second.starts.count <= limits.maxElements,
          members.count + 1 + second.members.count <= limits.maxElements
        {
          members.append(JSONMemberLocation(
            key: member.key, value: member.value.lowerBound..<second.arrayEnd,
            elementStarts: (member.elementStarts ?? []) + second.starts))
          scanner.position = second.end
          scanner.depth = 0
          return members + second.members
        }
        var starts = member.elementStarts ?? []
        _ = try scanner.skipElements(recordingStarts: &starts)
        member = JSONMemberLocation(key: member.key, value: member.value.lowerBound..<scanner.position, elementStarts: starts)
      }
      members.append(member)
    } while try scanner.nextElement(count: members.count, inObject: true)
    return members
  }

  /// The member at the scanner's position (at its key), checked and skipped; an array's
  /// element starts are recorded (as 4-byte offsets, as a catalogue's entries are).
  /// `stopped` when the array was left at an element starting at byte `stop`.
  private static func nextMember(
    _ scanner: inout JSONScanner, stoppingAt stop: Int
  ) throws(JSONSyntaxError) -> (member: JSONMemberLocation, stopped: Bool) {
    let name = try scanner.parseKey()
    let start = scanner.position
    guard scanner.bytes.count <= Int(UInt32.max), scanner.peek(UInt8(ascii: "[")) else {
      try scanner.skipValue()
      return (JSONMemberLocation(key: name, value: start..<scanner.position), false)
    }
    var starts: [UInt32] = []
    let whole = try scanner.skipArray(recordingStarts: &starts, stoppingAt: stop)
    return (JSONMemberLocation(key: name, value: start..<scanner.position, elementStarts: starts), !whole)
  }

  /// The second thread's check, from `start` (taken to be an element of an array in the
  /// top-level object) to the end of that object; nil at any problem, which the first thread
  /// then meets itself. Limits on counts are checked across the halves by the first thread.
  private static func secondHalf(_ bytes: UnsafeBufferPointer<UInt8>, _ limits: JSONLimits, from start: Int) -> SecondHalf? {
    var scanner = JSONScanner(bytes: bytes, limits: limits)
    scanner.position = start
    scanner.depth = 2
    var half = SecondHalf()
    do throws(JSONSyntaxError) {
      _ = try scanner.skipElements(recordingStarts: &half.starts)
      half.arrayEnd = scanner.position
      while try scanner.nextElement(count: 0, inObject: true) {
        scanner.skipWhitespace()
        half.members.append(try nextMember(&scanner, stoppingAt: -1).member)
      }
    } catch {
      return nil
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
    var index = bytes.count / 2
    let end = min(bytes.count, index + 65_536)
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
    while index < end {
      defer { index += 1 }
      guard bytes[index] == UInt8(ascii: "}") else { continue }
      var next = index + 1
      while next < end, isSpace(bytes[next]) { next += 1 }
      guard next < end, bytes[next] == UInt8(ascii: ",") else { continue }
      next += 1
      while next < end, isSpace(bytes[next]) { next += 1 }
      if next < end, bytes[next] == UInt8(ascii: "{") { return next }
    }
    return nil
  }
}
