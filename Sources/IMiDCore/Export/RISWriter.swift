/// RIS (Zotero, EndNote, Mendeley): one record per source, `TY` first and `ER` last, CRLF line
/// ends as the format expects.
public enum RISWriter {
  /// The records for `citations`, in order.
  public static func document(_ citations: [Citation]) -> String {
    citations.map(record).joined()
  }

  static func record(_ citation: Citation) -> String {
    let citation = citation.withoutBlankFields
    var lines: [(String, String)] = [("TY", citation.journal != nil ? "JOUR" : "GEN")]
    for person in citation.authors.compactMap(PersonName.parse) { lines.append(("AU", name(person))) }
    lines.append(("TI", citation.title))
    if let journal = citation.journal { lines.append(("JO", journal)) }
    if let publisher = citation.publisher { lines.append(("PB", publisher)) }
    lines.append(("PY", String(citation.year)))
    if let volume = citation.volume { lines.append(("VL", volume)) }
    if let issue = citation.issue { lines.append(("IS", issue)) }
    if let pages = citation.pages {
      let range = PageRange(pages)
      if let first = range.first { lines.append(("SP", first)) }
      if let last = range.last { lines.append(("EP", last)) }
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

  /// `Last, First, Suffix` as RIS asks: `Corral, L. G.`, `van der Berg, A.`, `Smith, J., Jr.`;
  /// an organisation or single name as written, with no comma added.
  static func name(_ person: PersonName) -> String {
    if person.isLiteral { return person.family }
    return [person.fullFamily, person.given, person.suffix].filter { !$0.isEmpty }.joined(separator: ", ")
  }
}
