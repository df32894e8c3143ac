import Dispatch
import Synchronization

/// Runs one piece of work off the main thread while the browser keeps reading keys and painting
/// (loading a large catalogue); the result is picked up with `result()`, which never blocks.
/// Dispatch rather than Swift concurrency: the front end is a synchronous curses loop, and the
/// work is a single call.
final class BackgroundTask<Value: Sendable>: Sendable {
  private let outcome = Mutex<Value?>(nil)

  private init() {}

  /// Starts `work` at once on a global queue.
  static func start(_ work: @escaping @Sendable () -> Value) -> BackgroundTask {
    let task = BackgroundTask()
    DispatchQueue.global(qos: .userInitiated).async {
      let value = work()
      task.outcome.withLock { $0 = value }
    }
    return task
  }

  /// The work's value once it has finished, else nil.
  func result() -> Value? { outcome.withLock { $0 } }
}
