/// The value checks every entry decoder uses: each reports a wrong type, unsafe or blank text,
/// an implausible number or an unknown reference at its path, and returns nil (or nothing).
extension CatalogDecoder {
  /// The members of an object, or nil (reported) for any other value.
  mutating func object(_ value: JSONValue, at path: @autoclosure () -> String) -> [JSONMember]? {
    guard case .object(let members) = value else {
      error(path(), "expected an object, found \(value.typeName)")
      return nil
    }
    return members
  }

  /// A string of safe text; `nonEmpty` also rejects blank text.
  mutating func text(_ value: JSONValue, at path: @autoclosure () -> String, nonEmpty: Bool = false) -> String? {
    guard case .string(let string) = value else {
      error(path(), "expected a string, found \(value.typeName)")
      return nil
    }
    if readsValidatedEntries { return string }
    if let bad = TextSafety.firstUnsafeScalar(in: string) {
      error(path(), "text holds \(TextSafety.describe(bad)): control and invisible characters are not allowed")
      return nil
    }
    if nonEmpty && Self.isBlank(string) {
      error(path(), "must not be empty")
      return nil
    }
    return string
  }

  /// An id: safe text, not blank.
  mutating func identifier(_ value: JSONValue, at path: @autoclosure () -> String) -> String? {
    text(value, at: path(), nonEmpty: true)
  }

  /// An array of safe texts; bad elements are reported and left out.
  mutating func texts(_ value: JSONValue, at path: @autoclosure () -> String) -> [String] {
    guard case .array(let elements) = value else {
      error(path(), "expected an array of strings, found \(value.typeName)")
      return []
    }
    var result: [String] = []
    for (index, element) in elements.enumerated() {
      if let s = text(element, at: "\(path())[\(index)]") { result.append(s) }
    }
    return result
  }

  /// A whole number in `range`, judged on its literal (so 9007199254740993 stays itself).
  mutating func integer(
    _ value: JSONValue, at path: @autoclosure () -> String, in range: ClosedRange<Int>, what: String
  ) -> Int? {
    guard case .number(_, let isInteger, let literal) = value else {
      error(path(), "expected an integer, found \(value.typeName)")
      return nil
    }
    guard isInteger else {
      error(path(), "\(literal) is not an integer (\(what) is a whole number \(range.lowerBound)–\(range.upperBound))")
      return nil
    }
    // The literal, not the Double: 9007199254740993 stays itself in the message.
    guard let int = Int(literal), range.contains(int) else {
      error(path(), "\(what) \(literal) is out of range \(range.lowerBound)–\(range.upperBound)")
      return nil
    }
    return int
  }

  /// A plausible year, from `earliestYear` to `latestYear`.
  mutating func year(_ value: JSONValue, at path: @autoclosure () -> String) -> Int? {
    guard case .number(_, let isInteger, let literal) = value else {
      error(path(), "expected a year (an integer), found \(value.typeName)")
      return nil
    }
    guard isInteger else {
      error(path(), "\(literal) is not an integer (a year is a whole number \(Self.earliestYear)–\(latestYear))")
      return nil
    }
    guard let year = Int(literal), (Self.earliestYear...latestYear).contains(year) else {
      error(path(), "year \(literal) is not plausible (expected \(Self.earliestYear)–\(latestYear))")
      return nil
    }
    return year
  }

  /// true or false.
  mutating func boolean(_ value: JSONValue, at path: @autoclosure () -> String) -> Bool? {
    guard case .bool(let bool) = value else {
      error(path(), "expected true or false, found \(value.typeName)")
      return nil
    }
    return bool
  }

  /// The id of an entry of another table, which must exist when references are checked.
  mutating func reference(
    _ value: JSONValue, at path: @autoclosure () -> String, in ids: IDMap, kind: String
  ) -> String? {
    guard let id = text(value, at: path(), nonEmpty: true) else { return nil }
    guard !checksReferences || ids[id] != nil else {
      error(path(), "unknown \(kind) '\(id)'")
      return nil
    }
    return id
  }

  /// An array of citation ids; `required` means at least one.
  mutating func cites(_ value: JSONValue, at path: @autoclosure () -> String, required: Bool) -> [String] {
    guard case .array(let elements) = value else {
      error(path(), "expected an array of citation ids, found \(value.typeName)")
      return []
    }
    if required && elements.isEmpty {
      error(path(), "at least one citation is required")
      return []
    }
    var result: [String] = []
    result.reserveCapacity(elements.count)
    for (index, element) in elements.enumerated() {
      if let id = reference(element, at: "\(path())[\(index)]", in: citationIDs, kind: "citation") {
        result.append(id)
      }
    }
    return result
  }

  /// Whether text is empty or only whitespace; text starting with a visible ASCII character
  /// (nearly all of it) is answered without walking its characters.
  static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
    return text.allSatisfy(\.isWhitespace)
  }
}
