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
}
