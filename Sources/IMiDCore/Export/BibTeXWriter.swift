/// BibTeX for reference managers and pandoc: one `@article` (or `@misc`) per source, with keys
/// that are unique and stable (the catalogue's citation id, made BibTeX-safe), and special
/// characters escaped so that LaTeX reads them back as written.
public enum BibTeXWriter {
  /// The entries for `citations`, in order.
  public static func document(_ citations: [Citation]) -> String {
    var used: Set<String> = []
    return citations.map { entry($0, key: uniqueKey($0.id, used: &used)) }.joined(separator: "\n")
  }

  /// A key from an id: letters, digits and `-_:.` only; a suffix keeps it unique.
  static func uniqueKey(_ id: String, used: inout Set<String>) -> String {
    var base = String(id.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_:.".unicodeScalars.contains($0)) }.map(Character.init))
    if base.isEmpty { base = "ref" }
    var key = base
    var suffix = 2
    while used.contains(key) {
      key = base + "-" + String(suffix)
      suffix += 1
    }
    used.insert(key)
    return key
  }

  static func entry(_ citation: Citation, key: String) -> String {
    let isArticle = citation.journal != nil
    var fields: [(String, String)] = []
    if !citation.authors.isEmpty {
      let names = citation.authors.map { $0 == "et al." ? "others" : $0 }
      fields.append(("author", names.map(escape).joined(separator: " and ")))
    }
    fields.append(("title", "{" + escape(citation.title) + "}"))
    if let journal = citation.journal { fields.append(("journal", escape(journal))) }
    if let publisher = citation.publisher { fields.append((isArticle ? "publisher" : "howpublished", escape(publisher))) }
    fields.append(("year", String(citation.year)))
    if let volume = citation.volume { fields.append(("volume", escape(volume))) }
    if let issue = citation.issue { fields.append(("number", escape(issue))) }
    if let pages = citation.pages { fields.append(("pages", escape(pages.replacingAll("-", with: "--")))) }
    if let doi = citation.doi { fields.append(("doi", escape(doi))) }
    if let pmid = citation.pmid { fields.append(("pmid", pmid)) }
    if let pmcid = citation.pmcid { fields.append(("pmcid", pmcid)) }
    if let summary = citation.summary { fields.append(("note", escape(summary))) }
    var text = "@" + (isArticle ? "article" : "misc") + "{" + key + ",\n"
    text += fields.map { "  \($0.0) = {\($0.1)}" }.joined(separator: ",\n")
    return text + "\n}\n"
  }

  /// LaTeX-safe text: `\ { } $ & # % _ ^ ~` escaped, unsafe characters replaced.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in TextSafety.sanitized(text) {
      switch character {
      case "\\": out += "\\textbackslash{}"
      case "{", "}", "$", "&", "#", "%", "_": out += "\\" + String(character)
      case "^": out += "\\^{}"
      case "~": out += "\\~{}"
      default: out.append(character)
      }
    }
    return out
  }
}
