import Foundation

/// What a shell script around `imid` produced, as raw bytes: tests of hostile input must see
/// every byte that would reach a terminal, and file names that are not UTF-8 need a shell.
struct ShellRun {
  /// The script's exit status (a shell reports a command killed by signal n as 128 + n).
  var status: Int32
  var stdout: [UInt8]
  var stderr: [UInt8]

  /// Standard error as text (invalid UTF-8 repaired), for messages.
  var stderrText: String { String(decoding: stderr, as: UTF8.self) }
  var stderrLines: [String] { stderrText.split(separator: "\n").map(String.init) }
  var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

enum Shell {
  /// Runs `script` with bash in `directory`: `$0` is the built `imid`, `$1`… are `arguments`.
  /// Standard input is /dev/null; stdout and stderr go to files, read back whole.
  static func run(_ script: String, _ arguments: [String] = [], in directory: URL, environment: [String: String] = [:]) throws -> ShellRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script, Binary.url.path] + arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let (out, err) = try capture(process, in: directory)
    return ShellRun(status: process.terminationStatus, stdout: out, stderr: err)
  }

  /// Runs `process` to its end with stdin from /dev/null and stdout and stderr into files in
  /// `directory` (files, not pipes: nothing can block on a full pipe), and returns what each got.
  static func capture(_ process: Process, in directory: URL) throws -> (stdout: [UInt8], stderr: [UInt8]) {
    let out = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
    let err = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    defer {
      try? FileManager.default.removeItem(at: out)
      try? FileManager.default.removeItem(at: err)
    }
    let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    try process.run()
    process.waitUntilExit()
    try outHandle.close()
    try errHandle.close()
    return ([UInt8]((try? Data(contentsOf: out)) ?? Data()), [UInt8]((try? Data(contentsOf: err)) ?? Data()))
  }

  /// A new private folder for one test (removed by the caller).
  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("imid-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
