/// Where in a file the value at a diagnostic's JSON path starts (`effects[4].cite[0]`), as a
/// line and column, so that a semantic problem can be shown in an editor as a syntax error is.
public enum JSONPathLocator {
  /// The 1-based line and column (in Unicode scalars, as `JSONSyntaxError` counts them) where
  /// the value at `path` starts in `bytes`, a document that scans as JSON. Nil when the path
  /// does not name a value of the document (or the document does not scan). A key holding `.`
  /// or `[` is matched as written, the first member in file order that fits winning.
  public static func locate(_ path: String, in bytes: [UInt8]) -> (line: Int, column: Int)? {
    bytes.withUnsafeBufferPointer { buffer in
      var scanner = JSONScanner(bytes: buffer, limits: .catalog)
      guard (try? scanner.beginDocument()) != nil, (try? descend(&scanner, Substring(path))) == true else { return nil }
      let located = scanner.error("")
      return (located.line, located.column)
    }
  }

  /// Moves the scanner from the value it is at to the value `path` names within it, if there
  /// is one (and a whole value starts there); otherwise returns false.
  private static func descend(_ scanner: inout JSONScanner, _ path: Substring) throws(JSONSyntaxError) -> Bool {
    if path.isEmpty {
      var check = scanner
      try check.skipValue()
      return true
    }
    if path.first == "[" {
      guard let close = path.firstIndex(of: "]"), let index = Int(path[path.index(after: path.startIndex)..<close]),
        index >= 0, scanner.peek(UInt8(ascii: "["))
      else { return false }
      // The loop stops (false) at the element `index`.
      guard try !scanner.forEachElement({ scanner, count throws(JSONSyntaxError) in
        if count == index { return false }
        try scanner.skipValue()
        return true
      }) else { return false }
      return try descend(&scanner, path[path.index(after: close)...])
    }
    let rest = path.first == "." && path.count > 1 ? path.dropFirst() : path
    guard scanner.peek(UInt8(ascii: "{")) else { return false }
    // Each member whose key starts the path (followed by its end, `.` or `[`) is tried in file
    // order, so `a.b` finds the key "a.b" or, failing that, "b" inside "a". The loop stops
    // (false) at the value found.
    return try !scanner.forEachElement { scanner, _ throws(JSONSyntaxError) in
      let key = try scanner.key()
      let after = rest.dropFirst(key.count)
      var inside = scanner
      if rest.hasPrefix(key), after.isEmpty || after.first == "." || after.first == "[", try descend(&inside, after) {
        scanner = inside
        return false
      }
      try scanner.skipValue()
      return true
    }
  }
}
