import Dispatch
import Synchronization

/// The second half of a document's check (`JSONDocument.checkedMembers`), done by a thread that
/// would otherwise wait: the browser's main thread checks it while the loading thread checks
/// the first half, before it sets up the terminal. The loading thread takes the outcome as a
/// second thread's in a large document's check, so every result, accepted or refused, is still
/// a one-thread check's.
///
/// Whichever thread comes first decides: a `check()` that starts before the first half's
/// thread reaches the middle is waited for; one that has not started by then is not done at all
/// (the first thread goes on alone), so neither thread ever waits for work nobody will do.
public final class JSONSecondHalf: @unchecked Sendable {
  // @unchecked: `outcome` is written once by `check()` before `done` is signalled, and read
  // only after waiting on `done`; `state` is behind a lock.
  private let source: Source
  /// The limits the half is checked with: a check with other limits does not take it.
  let limits: JSONLimits
  /// Where the second half starts (`JSONDocument.splitPoint`), or nil when the document is too
  /// short to be worth splitting or has no place to split: then `check()` does nothing.
  let middle: Int?
  private let state = Mutex(State.waiting)
  private var outcome: (scanner: JSONScanner, members: [JSONMemberLocation]?)?
  private let done = DispatchSemaphore(value: 0)

  /// Documents shorter than this are checked by one thread (the built-in catalogue is 146 KB).
  static let minimumSize = 64 << 10

  /// The bytes checked: an array kept here, or a caller's buffer (a large document's check on a
  /// thread of Dispatch's, which the caller settles before the buffer goes: `settle`).
  private enum Source {
    case owned([UInt8])
    case borrowed(UnsafeBufferPointer<UInt8>)
  }

  /// Who has the second half: nobody yet, `check()` (then `done` is signalled when it ends), or
  /// the first half's thread, which went on alone.
  private enum State {
    case waiting, checking, abandoned
  }

  /// The second half of the check of `data`, to be done by `check()`.
  public init(_ data: [UInt8], limits: JSONLimits = .catalog) {
    source = .owned(data)
    self.limits = limits
    middle = data.count >= Self.minimumSize ? data.withUnsafeBufferPointer(JSONDocument.splitPoint) : nil
  }

  /// The second half of the check of a caller's `bytes`, which must stay valid until `settle`
  /// returns.
  init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONLimits) {
    source = .borrowed(bytes)
    self.limits = limits
    middle = JSONDocument.splitPoint(bytes)
  }

  /// Checks from the middle to the end of the document, unless there is no middle or the first
  /// half's thread has gone on alone already.
  public func check() {
    guard middle != nil else { return }
    let claimed = state.withLock { state in
      guard state == .waiting else { return false }
      state = .checking
      return true
    }
    guard claimed else { return }
    defer { done.signal() }
    switch source {
    case .owned(let data): data.withUnsafeBufferPointer(checkSecondHalf)
    case .borrowed(let bytes): checkSecondHalf(bytes)
    }
  }

  private func checkSecondHalf(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let middle else { return }
    var half = JSONScanner(bytes: bytes, limits: limits, position: middle, depth: 2)
    var members: [JSONMemberLocation] = []
    do throws(JSONSyntaxError) {
      _ = try JSONDocument.checkMembers(&half, &members, from: ("", middle, []))
      outcome = (half, members)
    } catch {
      outcome = (half, nil)  // the first half's thread meets the problem itself
    }
  }

  /// The second half's scanner at the end and the members it found, waiting for `check()` if
  /// it has started; nil when it has not (it never will now), met a problem, or checked other
  /// bytes than `bytes` (the same array's storage).
  func result(for bytes: UnsafeBufferPointer<UInt8>) -> (scanner: JSONScanner, members: [JSONMemberLocation])? {
    guard settle(), let outcome, let members = outcome.members, outcome.scanner.bytes.baseAddress == bytes.baseAddress,
      outcome.scanner.bytes.count == bytes.count
    else { return nil }
    return (outcome.scanner, members)
  }

  /// Returns once no `check()` is running or will run: having waited for one that started
  /// (true), or stopped one from starting (false).
  @discardableResult
  func settle() -> Bool {
    let started = state.withLock { state in
      if state == .checking { return true }
      state = .abandoned
      return false
    }
    guard started else { return false }
    done.wait()
    done.signal()  // every later wait returns at once too
    return true
  }
}
