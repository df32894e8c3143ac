/// The drugs' searchable text (name, code names, brands and id, lower-cased) in one contiguous
/// buffer, so that a search keystroke is a single pass over a few megabytes even on a
/// 100,000-drug catalogue, with no per-drug allocation. Built once, on the first `/`.
public struct DrugSearchIndex: Sendable, Equatable {
  /// Every drug's text, one after another; fields are separated by 0x1F, which cannot occur in
  /// a query (it is a control character), so a match never spans two fields or two drugs.
  let text: [UInt8]
  /// Where each drug's text starts in `text`, plus one final entry for the end.
  let starts: [Int]

  /// Indexes these drugs.
  public init<Drugs: Sequence<Drug>>(_ drugs: Drugs) {
    var builder = Builder()
    for drug in drugs { builder.add(drug) }
    self = builder.finish()
  }

  /// An index of text already folded and laid out (a snapshot's: `CatalogSnapshot`).
  init(text: [UInt8], starts: [Int]) {
    self.text = text
    self.starts = starts
  }

  /// Indexes drugs one at a time, in order, as a catalogue is read.
  struct Builder {
    private var bytes: [UInt8] = []
    private var starts: [Int] = []

    mutating func add(_ drug: Drug) {
      starts.append(bytes.count)
      DrugSearchIndex.appendFolded(drug.name, to: &bytes)
      for code in drug.codes { DrugSearchIndex.appendFolded(code, to: &bytes) }
      for brand in drug.brands { DrugSearchIndex.appendFolded(brand, to: &bytes) }
      DrugSearchIndex.appendFolded(drug.id, to: &bytes)
    }

    func finish() -> DrugSearchIndex {
      DrugSearchIndex(text: bytes, starts: starts + [bytes.count])
    }
  }

  /// How a query and the indexed text are compared: lower-cased UTF-8.
  public static func fold(_ text: String) -> [UInt8] {
    var bytes: [UInt8] = []
    appendFolded(text, to: &bytes)
    bytes.removeLast()
    return bytes
  }

  /// Appends `text` lower-cased, then the field separator 0x1F. ASCII is folded byte by byte;
  /// anything else through `lowercased()`.
  private static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      for byte in text.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
    } else {
      bytes.append(contentsOf: text.lowercased().utf8)
    }
    bytes.append(0x1F)
  }

  /// Number of drugs indexed.
  public var count: Int { starts.count - 1 }

  /// The first drug at or after `start` (wrapping past the end, or before it going backward)
  /// whose text contains `query`; nil when no drug does or the query is empty.
  public func firstMatch(_ query: [UInt8], from start: Int, forward: Bool = true) -> Int? {
    guard !query.isEmpty, count > 0 else { return nil }
    let origin = min(max(0, start), count - 1)
    if forward {
      if let found = scan(query, drugs: origin..<count) { return found }
      return scan(query, drugs: 0..<origin)
    }
    for drug in stride(from: origin, through: 0, by: -1) where contains(query, drug: drug) { return drug }
    for drug in stride(from: count - 1, to: origin, by: -1) where contains(query, drug: drug) { return drug }
    return nil
  }

  /// How many drugs contain `query`.
  public func matchCount(_ query: [UInt8]) -> Int {
    guard !query.isEmpty, count > 0 else { return 0 }
    var total = 0
    var drug = 0
    while let found = scan(query, drugs: drug..<count) {
      total += 1
      drug = found + 1
    }
    return total
  }

  /// Whether drug `drug`'s text contains `query`.
  public func contains(_ query: [UInt8], drug: Int) -> Bool {
    guard (0..<count).contains(drug) else { return false }
    return scan(query, drugs: drug..<(drug + 1)) != nil
  }

  /// The first drug in `drugs` whose text contains `query`: one pass over their bytes.
  private func scan(_ query: [UInt8], drugs: Range<Int>) -> Int? {
    guard !drugs.isEmpty else { return nil }
    let begin = starts[drugs.lowerBound]
    let end = starts[drugs.upperBound]
    return self.text.withUnsafeBufferPointer { text -> Int? in
      query.withUnsafeBufferPointer { pattern -> Int? in
        let first = pattern[0]
        let length = pattern.count
        var position = begin
        let last = end - length
        while position <= last {
          if text[position] == first {
            var offset = 1
            while offset < length, text[position + offset] == pattern[offset] { offset += 1 }
            if offset == length { return drug(at: position) }
          }
          position += 1
        }
        return nil
      }
    }
  }

  /// The drug whose text holds byte `position` (binary search over `starts`).
  private func drug(at position: Int) -> Int {
    var low = 0
    var high = count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= position { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
