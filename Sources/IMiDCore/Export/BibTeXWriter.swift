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
    let citation = citation.withoutBlankFields
    let isArticle = citation.journal != nil
    var fields: [(String, String)] = []
    if let authors = authors(citation.authors) { fields.append(("author", authors)) }
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

  /// The `author` field: `Corral, L. G. and van der Berg, A. and {World Health Organization}`,
  /// with `and others` once at the end when the list was cut ("et al."); nil when no name is left.
  static func authors(_ authors: [String]) -> String? {
    var names = authors.compactMap(PersonName.parse).map(name)
    if authors.contains(where: PersonName.isEtAl) && !names.isEmpty { names.append("others") }
    return names.isEmpty ? nil : names.joined(separator: " and ")
  }

  /// One name in BibTeX's `von Last, Jr, First` form. A literal name is braced whole so BibTeX
  /// neither splits it into first and last nor abbreviates it; a surname or given name holding
  /// a lower-case word (which BibTeX would take for a particle) or the word `and` is braced too.
  static func name(_ person: PersonName) -> String {
    if person.isLiteral { return "{" + escape(person.family) + "}" }
    var text = protected(person.family)
    if !person.particle.isEmpty { text = escape(person.particle) + " " + text }
    if !person.suffix.isEmpty { text += ", " + escape(person.suffix) }
    return text + ", " + protected(person.given)
  }

  /// `part` escaped, and braced when BibTeX would misread a word of it.
  static func protected(_ part: String) -> String {
    let risky = part.split(separator: " ").contains { word in
      word.lowercased() == "and" || word.first.map { $0.isLowercase || !$0.isLetter && $0 != "." } == true
        || word.contains(",")
    }
    return risky ? "{" + escape(part) + "}" : escape(part)
  }

  /// LaTeX-safe text: `\ { } $ & # % _ ^ ~` escaped, unsafe characters replaced.
  static func escape(_ text: String) -> String {
    var out = ""
    for character in TextSafety.sanitized(text) {
      switch character {
      case "\\": out += "\\textbackslash{}"
      // Braces as commands, not `\{`: BibTeX counts braces before TeX sees a backslash, so a
      // lone escaped brace in a title would still unbalance the entry.
      case "{": out += "\\textbraceleft{}"
      case "}": out += "\\textbraceright{}"
      case "$", "&", "#", "%", "_": out += "\\" + String(character)
      case "^": out += "\\^{}"
      case "~": out += "\\~{}"
      default: out.append(character)
      }
    }
    return out
  }
}
