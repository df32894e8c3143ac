import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Runs one piece of work on its own thread while the browser keeps reading keys and painting
/// (loading a large catalogue); the result is picked up with `result()`, which never blocks.
/// A plain pthread rather than Swift concurrency: the front end is a synchronous curses loop,
/// and the work is a single call.
final class BackgroundTask<Value: Sendable>: ThreadWork, Sendable {
  private let work: @Sendable () -> Value
  private let outcome = Mutex<Value?>(nil)

  private init(_ work: @escaping @Sendable () -> Value) {
    self.work = work
  }

  /// Starts `work` at once on a new thread; nil when no thread could be created.
  static func start(_ work: @escaping @Sendable () -> Value) -> BackgroundTask? {
    let task = BackgroundTask(work)
    let context = Unmanaged.passRetained(task).toOpaque()
    var thread = pthread_t()
    guard pthread_create(&thread, nil, runTask, context) == 0 else {
      Unmanaged<BackgroundTask>.fromOpaque(context).release()
      return nil
    }
    pthread_detach(thread)
    return task
  }

  func run() {
    let value = work()
    outcome.withLock { $0 = value }
  }

  /// The work's value once it has finished, else nil.
  func result() -> Value? { outcome.withLock { $0 } }
}

/// The thread's entry point: takes back the task retained for it and runs it.
private func runTask(_ context: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
  guard let context else { return nil }
  (Unmanaged<AnyObject>.fromOpaque(context).takeRetainedValue() as? ThreadWork)?.run()
  return nil
}

/// Work a thread runs, whatever its result type.
protocol ThreadWork: AnyObject {
  func run()
}
