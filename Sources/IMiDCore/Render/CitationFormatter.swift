/// Formats a citation as one reference line, Vancouver style:
/// `Galustian C, Labarthe MC, Bartlett JB, et al. Title. Journal. 2004;4(12):1963-70. PMID 15571458. doi:10.1517/…`
public enum CitationFormatter {
  /// Authors as printed: up to six, else the first three and "et al.".
  public static func authors(_ citation: Citation) -> String? {
    var names = citation.authors
    let cut = names.last == "et al."
    if cut { names.removeLast() }
    guard !names.isEmpty else { return nil }
    if names.count > 6 { return names.prefix(3).joined(by: ", ") + ", et al." }
    return names.joined(by: ", ") + (cut ? ", et al." : "")
  }

  /// Where it was published: `Journal. 2004;4(12):1963-70`, or `Publisher. 2006`.
  public static func source(_ citation: Citation) -> String {
    var text = ""
    if let journal = citation.journal {
      text = journal + ". "
    } else if let publisher = citation.publisher {
      text = publisher + ". "
    }
    text += String(citation.year)
    if let volume = citation.volume {
      text += ";" + volume
      if let issue = citation.issue { text += "(" + issue + ")" }
      if let pages = citation.pages { text += ":" + pages }
    } else if let pages = citation.pages {
      text += ":" + pages
    }
    return text
  }

  /// Identifiers: `PMID 15571458. PMCID PMC123. doi:10.1517/…`, or nil when there are none.
  public static func identifiers(_ citation: Citation) -> String? {
    var parts: [String] = []
    if let pmid = citation.pmid { parts.append("PMID " + pmid) }
    if let pmcid = citation.pmcid { parts.append("PMCID " + pmcid) }
    if let doi = citation.doi { parts.append("doi:" + doi) }
    return parts.isEmpty ? nil : parts.joined(by: ". ")
  }

  /// The whole reference on one line.
  public static func reference(_ citation: Citation) -> String {
    var text = ""
    // Each part ends in one full stop: its own ("et al.", an abbreviated journal) or one added.
    // (Appended in place: an export writes tens of thousands of these.)
    func add(_ part: String) {
      if !text.isEmpty { text += " " }
      text += part
      if !part.hasSuffix(".") { text += "." }
    }
    if let authors = authors(citation) { add(authors) }
    add(citation.title)
    add(source(citation))
    if let ids = identifiers(citation) { add(ids) }
    return text
  }
}
