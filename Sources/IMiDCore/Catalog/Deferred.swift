/// A value worked out once, on first use, by whichever thread asks first (any other waits for
/// it), or given at once. Lets a catalogue opened from a snapshot leave the tables its first
/// screen does not show (events, claims) until a view reads them.
final class Deferred<Value: Sendable>: @unchecked Sendable {
  /// A value given at once: read without the lock (it never changes), as views read a loaded
  /// catalogue's events and claims once per comparison when they sort them.
  private let given: Value?
  /// Guards `worked` and `work` (hence `@unchecked Sendable`).
  private let lock = PthreadLock()
  private var worked: Value?
  private var work: (@Sendable () -> Value)?

  /// A value already known.
  init(_ value: Value) {
    given = value
  }

  /// A value `work` works out when first asked for.
  init(working work: @escaping @Sendable () -> Value) {
    given = nil
    self.work = work
  }

  /// The value, worked out now if nobody has yet.
  var value: Value {
    if let given { return given }
    return lock.withLock {
      if let worked { return worked }
      guard let work else { preconditionFailure("a Deferred has neither a value nor the work for one") }
      let value = work()
      worked = value
      self.work = nil
      return value
    }
  }
}
