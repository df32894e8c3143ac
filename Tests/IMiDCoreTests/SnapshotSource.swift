import IMiDCore

/// The Swift source of `BuiltinCatalog.snapshot` (Sources/IMiDCatalogData/BuiltinCatalog+Snapshot.swift),
/// written from a snapshot so that the file is made, never edited (`BuiltinSnapshotTests`).
enum SnapshotSource {
  static func text(of snapshot: CatalogSnapshot) -> String {
    let starts = snapshot.starts
    let ids = snapshot.ids
    var lines = [
      "// Made by BuiltinSnapshotTests from Resources/catalog.json: do not edit. After changing the",
      "// catalogue, `make record` writes it again (review the diff, then run `make test`).",
      "import IMiDCore",
      "",
      "extension BuiltinCatalog {",
      "  /// What loading catalog.json works out besides its entries (where each starts, the lookups,",
      "  /// the search text), so that the built-in catalogue opens without being read again.",
      "  public static let snapshot = CatalogSnapshot(",
      "    byteCount: \(snapshot.byteCount), checksum: 0x\(String(snapshot.checksum, radix: 16, uppercase: true)),",
      "    title: \(literal(snapshot.title)),",
      "    review: \(literal(snapshot.review)), horizon: \(snapshot.horizon.map(String.init) ?? "nil"),",
      "    version: \(literal(snapshot.version)), date: \(literal(snapshot.date)),",
      "    starts: CatalogSnapshot.Starts(",
    ]
    let tables: [(String, [UInt32])] = [
      ("drugs", starts.drugs), ("mechanisms", starts.mechanisms), ("effects", starts.effects),
      ("efficacy", starts.efficacy), ("safety", starts.safety), ("citations", starts.citations),
      ("comparable", starts.comparable), ("events", starts.events), ("claims", starts.claims),
    ]
    for (index, (name, values)) in tables.enumerated() {
      lines += array(name, values.map { String($0) }, indent: 6, last: index == tables.count - 1, close: "),")
    }
    lines.append("    ids: CatalogSnapshot.IDs(")
    let lookups: [(String, CatalogSnapshot.Lookup)] = [
      ("drugs", ids.drugs), ("mechanisms", ids.mechanisms), ("citations", ids.citations),
      ("efficacy", ids.efficacy), ("safety", ids.safety),
    ]
    for (index, (name, lookup)) in lookups.enumerated() {
      lines.append("      \(name): CatalogSnapshot.Lookup(")
      lines += array("keys", lookup.keys.map { literal($0) }, indent: 8, last: false)
      lines += array("positions", lookup.positions.map { String($0) }, indent: 8, last: true,
        close: index == lookups.count - 1 ? "))," : "),")
    }
    lines += array("cellStarts", snapshot.cellStarts.map { String($0) }, indent: 4, last: false)
    lines += array("cellMechanisms", snapshot.cellMechanisms.map { String($0) }, indent: 4, last: false)
    lines += array("cellEffects", snapshot.cellEffects.map { String($0) }, indent: 4, last: false)
    for (name, groups) in [("efficacy", snapshot.efficacy), ("safety", snapshot.safety), ("citers", snapshot.citers)] {
      lines.append("    \(name): CatalogSnapshot.Groups(")
      lines += array("starts", groups.starts.map { String($0) }, indent: 6, last: false)
      lines += array("members", groups.members.map { String($0) }, indent: 6, last: true, close: "),")
    }
    lines.append("    identifiedCitations: \(snapshot.identifiedCitations), anyFirstMarketing: \(snapshot.anyFirstMarketing),")
    lines.append("    anyEvidenceLevel: \(snapshot.anyEvidenceLevel),")
    lines += array("searchText", snapshot.searchText.map { String($0) }, indent: 4, last: false)
    lines += array("searchStarts", snapshot.searchStarts.map { String($0) }, indent: 4, last: true, close: ")")
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `name: [a, b, …],` wrapped at 100 columns, ending in `close` instead of the comma when last.
  private static func array(_ name: String, _ values: [String], indent: Int, last: Bool, close: String = "") -> [String] {
    let pad = String(repeating: " ", count: indent)
    let end = last ? "]" + close : "],"
    guard !values.isEmpty else { return [pad + name + ": [" + end] }
    var lines = [pad + name + ": ["]
    var line = pad + "  "
    for value in values {
      if line.count + value.count + 2 > 100, line.count > indent + 2 {
        lines.append(String(line.dropLast()))
        line = pad + "  "
      }
      line += value + ", "
    }
    lines.append(String(line.dropLast(2)))
    lines.append(pad + end)
    return lines
  }

  /// A Swift string literal of `text` in ASCII (anything else as `\u{…}`), or `nil`.
  private static func literal(_ text: String?) -> String {
    guard let text else { return "nil" }
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case " "..."~": result.unicodeScalars.append(scalar)
      default: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      }
    }
    return result + "\""
  }
}
