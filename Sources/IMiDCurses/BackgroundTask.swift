#if canImport(Glibc)
  import Glibc
#endif
import CProcess
import Synchronization

/// Runs one piece of work off the main thread while the browser keeps reading keys and painting
/// (loading a large catalogue), or sets up the terminal (loading a small one); the result is
/// picked up with `result()`, which never blocks, or `wait(milliseconds:)`.
/// A thread of its own rather than Dispatch or Swift concurrency: the front end is a
/// synchronous curses loop, the work is a single call, and Dispatch took over a millisecond to
/// start its first worker thread, as long as the work it was to overlap; this one is started
/// on another CPU at once (`imid_start_thread`).
final class BackgroundTask<Value: Sendable>: @unchecked Sendable {
  // @unchecked: `finished` is a POSIX semaphore, safe to post and wait on from any thread; it
  // lives as long as the task, which the thread keeps alive until it has posted.
  private let outcome = Mutex<Value?>(nil)
  private let finished: UnsafeMutablePointer<sem_t>
  private let work: @Sendable () -> Value

  private init(_ work: @escaping @Sendable () -> Value) {
    self.work = work
    finished = .allocate(capacity: 1)
    sem_init(finished, 0, 0)
  }

  deinit {
    sem_destroy(finished)
    finished.deallocate()
  }

  /// Starts `work` at once on a thread of its own (on the calling thread if no thread can be
  /// made: the same outcome, with nothing done meanwhile).
  static func start(_ work: @escaping @Sendable () -> Value) -> BackgroundTask {
    let task = BackgroundTask(work)
    if !startThread({ task.finish() }) { task.finish() }
    return task
  }

  /// Does the work, keeps its value and wakes a waiter.
  private func finish() {
    let value = work()
    outcome.withLock { $0 = value }
    sem_post(finished)
  }

  /// The work's value once it has finished, else nil.
  func result() -> Value? { outcome.withLock { $0 } }

  /// The work's value, waiting up to `milliseconds` for it to finish; nil if it has not yet
  /// (the caller can look at signals between waits).
  func wait(milliseconds: Int) -> Value? {
    if let value = result() { return value }
    var deadline = timespec()
    clock_gettime(CLOCK_REALTIME, &deadline)
    let nanoseconds = deadline.tv_nsec + milliseconds * 1_000_000
    deadline.tv_sec += nanoseconds / 1_000_000_000
    deadline.tv_nsec = nanoseconds % 1_000_000_000
    while sem_timedwait(finished, &deadline) != 0 {
      if errno != EINTR { return result() }  // ETIMEDOUT: not yet
    }
    sem_post(finished)  // every later wait returns at once too
    return result()
  }
}

/// The body of a thread, boxed to cross `imid_start_thread`'s untyped argument.
private final class ThreadBody: Sendable {
  let run: @Sendable () -> Void
  init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}

/// Runs `body` on a new detached thread, on another CPU than this one's when there is one
/// (`imid_start_thread`); false when no thread could be made.
private func startThread(_ body: @escaping @Sendable () -> Void) -> Bool {
  let retained = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
  let made = imid_start_thread({ argument in
    guard let argument else { return }
    Unmanaged<ThreadBody>.fromOpaque(argument).takeRetainedValue().run()
  }, retained)
  guard made == 0 else {
    Unmanaged<ThreadBody>.fromOpaque(retained).release()
    return false
  }
  return true
}
