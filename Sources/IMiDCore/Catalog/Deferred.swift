/// A value worked out once, on first use, by whichever thread asks first (any other waits for
/// it), or given at once. Lets a catalogue opened from a snapshot leave the tables its first
/// screen does not show (events, claims) until a view reads them.
final class Deferred<Value: Sendable>: @unchecked Sendable {
  /// Guards `worked` and `work` (hence `@unchecked Sendable`).
  private let lock = PthreadLock()
  private var worked: Value?
  private var work: (@Sendable () -> Value)?

  /// A value already known.
  init(_ value: Value) {
    worked = value
  }

  /// A value `work` works out when first asked for.
  init(working work: @escaping @Sendable () -> Value) {
    self.work = work
  }

  /// The value, worked out now if nobody has yet.
  var value: Value {
    lock.withLock {
      if let worked { return worked }
      guard let work else { preconditionFailure("a Deferred has neither a value nor the work for one") }
      let value = work()
      worked = value
      self.work = nil
      return value
    }
  }
}
