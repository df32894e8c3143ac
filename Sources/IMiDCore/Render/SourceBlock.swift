/// A source in full as a block of lines: number, authors, title, journal and year with
/// volume(issue):pages, PMID and DOI, and the one-line summary. Used wherever the browser or an
/// export lists a fact's evidence.
public enum SourceBlock {
  /// The block's lines, wrapped to `width` with a hanging indent after `[n]`.
  public static func lines(_ citation: Citation, number: Int, width: Int) -> [String] {
    let label = "[\(number)]"
    let indent = TextWidth.cells(of: label) + 1
    var parts: [String] = []
    if let authors = CitationFormatter.authors(citation) { parts.append(authors) }
    parts.append(citation.title)
    parts.append(CitationFormatter.source(citation))
    if let ids = CitationFormatter.identifiers(citation) { parts.append(ids) }
    if let summary = citation.summary { parts.append("— " + summary) }
    var lines: [String] = []
    for (index, part) in parts.enumerated() {
      lines += TextLines.hanging(part, width: width, first: index == 0 ? label : "", rest: indent)
    }
    return lines
  }
}
