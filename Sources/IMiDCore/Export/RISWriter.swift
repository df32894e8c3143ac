/// RIS (Zotero, EndNote, Mendeley): one record per source, `TY` first and `ER` last, CRLF line
/// ends as the format expects.
public enum RISWriter {
  /// The records for `citations`, in order.
  public static func document(_ citations: [Citation]) -> String {
    citations.map(record).joined()
  }

  static func record(_ citation: Citation) -> String {
    var lines: [(String, String)] = [("TY", citation.journal != nil ? "JOUR" : "GEN")]
    for author in citation.authors where author != "et al." { lines.append(("AU", author)) }
    lines.append(("TI", citation.title))
    if let journal = citation.journal { lines.append(("JO", journal)) }
    if let publisher = citation.publisher { lines.append(("PB", publisher)) }
    lines.append(("PY", String(citation.year)))
    if let volume = citation.volume { lines.append(("VL", volume)) }
    if let issue = citation.issue { lines.append(("IS", issue)) }
    if let pages = citation.pages {
      let parts = pages.split(separator: "-", maxSplits: 1).map(String.init)
      lines.append(("SP", parts[0]))
      if parts.count > 1 { lines.append(("EP", parts[1])) }
    }
    if let doi = citation.doi { lines.append(("DO", doi)) }
    if let pmid = citation.pmid { lines.append(("AN", "PMID:" + pmid)) }
    if let pmcid = citation.pmcid { lines.append(("C2", pmcid)) }
    if let summary = citation.summary { lines.append(("N1", summary)) }
    lines.append(("ID", citation.id))
    var text = ""
    for (tag, value) in lines { text += tag + "  - " + TextSafety.sanitized(value) + "\r\n" }
    return text + "ER  - \r\n"
  }
}
