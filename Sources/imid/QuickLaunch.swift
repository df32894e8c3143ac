/// The launches a person types most: `imid` and `imid browse`, alone or with `--catalog FILE`.
/// When the browser will open, these skip the argument parser, whose reflection costs about a
/// millisecond and a half of a first frame that less draws in five. Any other command line
/// (a browser flag such as `--no-mouse` or `--color never` included), and these same ones
/// without a terminal, go through the parser as before.
enum QuickLaunch {
  /// What to browse for a quick launch: `.some(nil)` for the built-in catalogue, `.some(path)`
  /// for `--catalog path`; nil when `arguments` (without the program name) are anything else.
  static func catalogToBrowse(_ arguments: [String]) -> String?? {
    var rest = arguments
    if let index = rest.firstIndex(of: "browse") { rest.remove(at: index) }
    switch rest.count {
    case 0:
      return .some(nil)
    case 1 where rest[0].hasPrefix("--catalog="):
      let path = String(rest[0].dropFirst("--catalog=".count))
      return path.isEmpty ? nil : .some(path)
    case 2 where rest[0] == "--catalog" && !rest[1].isEmpty && !rest[1].hasPrefix("-"):
      return .some(rest[1])
    default:
      return nil
    }
  }
}
