#if canImport(Glibc)
  import Glibc
#endif
import Foundation

/// Drives the real binary in a real terminal: a tmux session on a private server socket, with
/// send-keys to type and capture-pane to read what a person would see. CI has no terminal;
/// tmux provides one.
final class Tmux {
  let socket = "imid-test-\(UUID().uuidString.prefix(8))"
  let session = "t"
  let directory: URL

  /// Starts a shell command in a width × height terminal, in a fresh directory of its own
  /// (`command` gets that directory and must not contain single quotes).
  init(width: Int, height: Int, command: (URL) -> String) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("imid-tmux-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    guard Self.which("tmux") != nil else { throw TmuxError.missing }
    try tmux(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height),
      "env TERM=xterm-256color LANG=C.UTF-8 sh -c '\(command(directory))'"])
  }

  deinit { close() }

  /// Ends the session (its server and whatever runs in it) and removes its directory.
  func close() {
    _ = try? tmux(["kill-server"])
    try? FileManager.default.removeItem(at: directory)
  }

  enum TmuxError: Error, CustomStringConvertible {
    case missing
    case failed(String)
    var description: String {
      switch self {
      case .missing: return "tmux is not installed: the end-to-end browser tests need it (apt-get install tmux)"
      case .failed(let message): return message
      }
    }
  }

  static func which(_ program: String) -> String? {
    for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
      let path = "\(directory)/\(program)"
      if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
  }

  /// Runs a tmux command and returns its output. It is spawned with posix_spawn and reaped
  /// with waitpid: Foundation's Process waits on a descriptor that the tmux server (which
  /// `new-session` daemonizes) inherits, and would hang forever. Output goes through a file.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let output = directory.appendingPathComponent(".tmux-output-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: output) }
    let argv = [Self.which("tmux") ?? "/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment.removeValue(forKey: "TMUX")
    let envp = environment.map { "\($0.key)=\($0.value)" }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    // The tmux server lives on: it must not inherit descriptors of this process, such as the
    // ones Foundation uses to watch other tests' child processes (they would wait for it).
    // glibc's posix_spawn_file_actions_addclosefrom_np does that; Swift does not import it.
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
      _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
    }
    // The tmux server, and so every program in its sessions, inherits this thread's signal mask
    // and ignored signals: a test runner's worker thread may block most signals, which left a
    // browser deaf to SIGTERM. Start tmux with none blocked and every signal at its default.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t(), all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let status = withCStrings(argv) { cArgv in
      withCStrings(envp) { cEnvp in posix_spawn(&pid, argv[0], &actions, &attributes, cArgv, cEnvp) }
    }
    guard status == 0 else { throw TmuxError.failed("cannot start tmux: error \(status)") }
    var exitStatus: Int32 = 0
    while waitpid(pid, &exitStatus, 0) < 0 && errno == EINTR {}
    return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
  }

  private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
    defer { for pointer in pointers { free(pointer) } }
    return pointers.withUnsafeMutableBufferPointer { body(UnsafePointer($0.baseAddress!)) }
  }

  /// Types keys (tmux key names such as `j`, `Tab`, `Enter`, `C-c`, `BSpace`).
  func send(_ keys: String...) throws {
    for key in keys { try tmux(["send-keys", "-t", session, key]) }
  }

  /// The screen as text (`escapes` keeps colours and attributes as escape sequences).
  func screen(escapes: Bool = false) throws -> String {
    try tmux(["capture-pane", "-p", "-t", session] + (escapes ? ["-e"] : []))
  }

  /// Polls the screen until `condition` holds, for up to `seconds`; returns the last screen.
  @discardableResult
  func waitFor(_ seconds: Double = 5, _ condition: (String) -> Bool) throws -> String {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    while Date() < deadline {
      last = (try? screen()) ?? ""
      if condition(last) { return last }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return last
  }

  /// Polls until the file `name` in the session's directory exists, returning its text.
  func waitForFile(_ name: String, seconds: Double = 5) -> String? {
    let url = directory.appendingPathComponent(name)
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let text = try? String(contentsOf: url, encoding: .utf8), text.hasSuffix("\n") { return text }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
  }

  /// Resizes the terminal.
  /// For sessions whose command writes `stty -g` to `before` and `after` and the program's exit
  /// status to `status`: waits for the program to exit, and returns its status and whether the
  /// terminal settings came back exactly.
  func finish() throws -> (status: String?, restored: Bool) {
    guard let after = waitForFile("after"), let status = waitForFile("status") else { return (nil, false) }
    let before = try String(contentsOf: directory.appendingPathComponent("before"), encoding: .utf8)
    return (status.trimmingCharacters(in: .whitespacesAndNewlines), before == after && !before.isEmpty)
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", session, "-x", String(width), "-y", String(height)])
  }
}
