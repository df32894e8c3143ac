/// Parses a whole JSON document into a `JSONValue` tree: for small documents (tests, exports
/// read back). Catalogues go through `JSONDocument`, which keeps no tree. Both use
/// `JSONScanner`, so they accept the same documents and report the same errors.
public enum JSONParser {
  /// Parses one JSON document (a UTF-8 byte order mark at the start is allowed).
  /// - Throws: `JSONSyntaxError` locating the first problem.
  public static func parse(_ data: [UInt8], limits: JSONLimits = .catalog) throws(JSONSyntaxError) -> JSONValue {
    try data.withUnsafeBufferPointer { bytes throws(JSONSyntaxError) in
      var scanner = JSONScanner(bytes: bytes, limits: limits)
      try scanner.beginDocument()
      let value = try scanner.parseValue()
      try scanner.endDocument()
      return value
    }
  }
}
