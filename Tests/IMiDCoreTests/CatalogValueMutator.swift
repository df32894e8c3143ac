import IMiDCore

/// Seeded mutations of a parsed catalogue that keep it JSON: key names damaged (bytes inserted
/// or replaced, control characters included, which the writer escapes as `\u001b`), keys
/// swapped for other fields' names, and values replaced by odd-but-valid ones (`"-"`, `""`,
/// a very long word, non-ASCII, formula-like text, years at the bounds, 0 and huge counts).
struct CatalogValueMutator {
  var random: BrowserFuzzTests.SplitMix

  static let oddStrings: [String] = [
    "-", "", " ", "–", "12-", "-12", "e1234", "308,310-313", "1-2-3", String(repeating: "W", count: 3_000),
    "Ünïcødé 漢字 🧪 ‮", "=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)", "{", "}", "\\", "and", "et al.", "van der Berg A",
    "Corral, L. G.", "World Health Organization", "# heading", "+ list", "2003. list", "| a | b |", "*", "<b>", "~~", "\u{1B}[31m",
    "\u{07}", "\u{9B}2J", "\t=1", "\r=1", "x\ny", "10.1/x", "PMC1", "1",
  ]
  static let oddNumbers: [Double] = [1800, 2026, 2027, 0, 1, 100_000_000, 100_000_001, -1, 0.5, 1e15]
  static let keyNames = [
    "pages", "authors", "year", "n", "journal", "title", "summary", "note", "grade", "cite", "id", "name", "codes", "volume",
    "issue", "doi", "pmid", "setting", "outcome", "rate", "measure", "horizon",
  ]
  /// Keys whose values are ids other entries point at: replacing them only makes the
  /// catalogue refuse to load, which the byte-level fuzzer already covers.
  static let references: Set<String> = ["id", "cite", "drug", "mechanism"]
  static let keyBytes: [Character] = ["\u{1B}", "\u{07}", "\u{9B}", "\u{00}", "x", "é", " ", "\"", "\\"]

  /// `value` with `count` random mutations.
  mutating func mutate(_ value: JSONValue, count: Int) -> JSONValue {
    var value = value
    for _ in 0..<count {
      if Bool.random(using: &random) {
        // Set one optional text field of a random object (added when missing): most objects
        // are entries, so this reaches `pages`, `journal`, `summary`… far more often than a
        // node picked at random among thousands would.
        var target = Int.random(in: 0..<Self.objectCount(value), using: &random)
        value = setField(value, target: &target)
      } else {
        let total = Self.nodeCount(value)
        value = mutate(value, at: Int.random(in: 0..<total, using: &random)).value
      }
    }
    return value
  }

  /// Optional text fields of the catalogue's entries (an unknown one only warns).
  static let textFields = [
    "pages", "journal", "volume", "issue", "publisher", "summary", "note", "generation", "setting", "study", "design",
    "regimen", "rate", "severity", "context", "category", "region", "indication", "formula", "molarMass", "cas", "atc", "kind",
  ]

  static func objectCount(_ value: JSONValue) -> Int {
    switch value {
    case .array(let elements): return elements.reduce(0) { $0 + objectCount($1) }
    case .object(let members): return 1 + members.reduce(0) { $0 + objectCount($1.value) }
    default: return 0
    }
  }

  /// Counts objects down from `target`; at zero, sets a random text field (or an author) to an odd value.
  private mutating func setField(_ value: JSONValue, target: inout Int) -> JSONValue {
    switch value {
    case .array(var elements):
      for index in elements.indices where target >= 0 { elements[index] = setField(elements[index], target: &target) }
      return .array(elements)
    case .object(var members):
      if target == 0 {
        target = -1
        let odd = JSONValue.string(Self.oddStrings[Int.random(in: 0..<Self.oddStrings.count, using: &random)])
        let key = Int.random(in: 0..<4, using: &random) == 0 ? "authors" : Self.textFields[Int.random(in: 0..<Self.textFields.count, using: &random)]
        let new = key == "authors" ? JSONValue.array([odd, .string("Corral LG"), odd]) : odd
        if let index = members.firstIndex(where: { $0.key == key }) { members[index].value = new } else { members.append(JSONMember(key, new)) }
        return .object(members)
      }
      target -= 1
      for index in members.indices where target >= 0 { members[index].value = setField(members[index].value, target: &target) }
      return .object(members)
    default:
      return value
    }
  }

  static func nodeCount(_ value: JSONValue) -> Int {
    switch value {
    case .array(let elements): return 1 + elements.reduce(0) { $0 + nodeCount($1) }
    case .object(let members): return 1 + members.reduce(0) { $0 + nodeCount($1.value) }
    default: return 1
    }
  }

  /// Mutates the node numbered `target` in depth-first order; returns the value and how many nodes it holds.
  private mutating func mutate(_ value: JSONValue, at target: Int) -> (value: JSONValue, size: Int) {
    if target == 0 { return (replacement(for: value), Self.nodeCount(value)) }
    var offset = 1
    switch value {
    case .array(var elements):
      for index in elements.indices {
        let size = Self.nodeCount(elements[index])
        if target < offset + size {
          elements[index] = mutate(elements[index], at: target - offset).value
          return (.array(elements), 0)
        }
        offset += size
      }
    case .object(var members):
      for index in members.indices {
        let size = Self.nodeCount(members[index].value)
        if target < offset + size {
          if target == offset && Int.random(in: 0..<3, using: &random) == 0 {
            members[index].key = mutatedKey(members[index].key)
          } else if !Self.references.contains(members[index].key) {
            members[index].value = mutate(members[index].value, at: target - offset).value
          }
          return (.object(members), 0)
        }
        offset += size
      }
    default: break
    }
    return (value, 0)
  }

  private mutating func replacement(for value: JSONValue) -> JSONValue {
    switch value {
    case .string:
      return .string(Self.oddStrings[Int.random(in: 0..<Self.oddStrings.count, using: &random)])
    case .number:
      let number = Self.oddNumbers[Int.random(in: 0..<Self.oddNumbers.count, using: &random)]
      let isInteger = number == number.rounded() && abs(number) < 9e15
      return .number(number, isInteger: isInteger, literal: isInteger ? String(Int(number)) : String(number))
    case .array(var elements):
      if !elements.isEmpty, Bool.random(using: &random) { elements.removeLast() }
      if let first = elements.first, Bool.random(using: &random) { elements.append(first) }
      return .array(elements)
    default:
      return value
    }
  }

  private mutating func mutatedKey(_ key: String) -> String {
    if Bool.random(using: &random) { return Self.keyNames[Int.random(in: 0..<Self.keyNames.count, using: &random)] }
    var characters = Array(key)
    let character = Self.keyBytes[Int.random(in: 0..<Self.keyBytes.count, using: &random)]
    let at = Int.random(in: 0...characters.count, using: &random)
    if at < characters.count, Bool.random(using: &random) { characters[at] = character } else { characters.insert(character, at: at) }
    return String(characters)
  }
}
