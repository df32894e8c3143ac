import Foundation

/// Runs the built `imid` binary (it sits beside the test bundle in the build folder) and
/// captures what a user or a script would see: stdout, stderr and the exit status.
struct Run {
  var status: Int32
  var stdout: String
  var stderr: String

  var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
  var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

enum Binary {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The `imid` executable built with the tests.
  static var url: URL {
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = testBinary.deletingLastPathComponent()
    // On Linux the test runner is `<build>/imidPackageTests.xctest`; on macOS it is inside a bundle.
    while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("imid").path),
      directory.path != "/"
    {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("imid")
  }

  /// Runs `imid` with `arguments`, standard input from /dev/null, in `directory`.
  static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    let scratch = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let (out, err) = try Shell.capture(process, in: scratch)
    return Run(
      status: process.terminationStatus,
      stdout: String(validating: out, as: UTF8.self) ?? "<not UTF-8>",
      stderr: String(validating: err, as: UTF8.self) ?? "<not UTF-8>")
  }
}
