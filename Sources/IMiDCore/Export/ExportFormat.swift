/// The formats an export can take.
public enum ExportFormat: String, Sendable, CaseIterable {
  case text, md, csv, json, bibtex, ris
  case cslJSON = "csl-json"

  /// The usual file extension.
  public var fileExtension: String {
    switch self {
    case .text: return "txt"
    case .md: return "md"
    case .csv: return "csv"
    case .json: return "json"
    case .bibtex: return "bib"
    case .ris: return "ris"
    case .cslJSON: return "json"
    }
  }

  /// The ending a file name of this format takes in the browser's export prompt: `.csl.json`
  /// for CSL-JSON, so that it is told apart from imid's own JSON.
  public var fileEnding: String { self == .cslJSON ? ".csl.json" : "." + fileExtension }

  /// The formats in the order Tab cycles them in the export prompt.
  public static let cycle: [ExportFormat] = [.text, .md, .csv, .json, .bibtex, .ris, .cslJSON]

  /// The format a file name asks for by its ending (any case): `.txt`, `.md`, `.csv`, `.json`,
  /// `.bib`, `.ris`, `.csl.json`; text for a name without an extension; nil for an ending
  /// it does not know (which must be refused, never written as text).
  public init?(fileName: String) {
    let name = String(fileName.split(separator: "/", omittingEmptySubsequences: false).last ?? "").lowercased()
    if name.hasSuffix(".csl.json") {
      self = .cslJSON
      return
    }
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
      self = .text
      return
    }
    switch name[name.index(after: dot)...] {
    case "txt", "text": self = .text
    case "md", "markdown": self = .md
    case "csv": self = .csv
    case "json": self = .json
    case "bib", "bibtex": self = .bibtex
    case "ris": self = .ris
    default: return nil
    }
  }

  /// `name` with its ending replaced by this format's (or added when it has none it knows).
  public func renaming(_ name: String) -> String {
    var stem = name
    for ending in [".csl.json"] + ExportFormat.cycle.map(\.fileEnding) + [".text", ".markdown", ".bibtex"]
    where stem.lowercased().hasSuffix(ending) {
      stem = String(stem.dropLast(ending.count))
      break
    }
    return stem + fileEnding
  }
}
