/// CSL-JSON (pandoc, Zotero, citeproc): an array of items with `id`, `type`, `author` as
/// family/given pairs, `issued` as date parts, and the identifiers.
public enum CSLJSONWriter {
  /// The items for `citations`, in order.
  public static func document(_ citations: [Citation]) -> String {
    JSONWriter.document(.array(citations.map(item)))
  }

  static func item(_ citation: Citation) -> JSONValue {
    var members = [
      JSONMember("id", .string(citation.id)),
      JSONMember("type", .string(citation.journal != nil ? "article-journal" : (citation.kind == "label" ? "document" : "webpage"))),
      JSONMember("title", .string(citation.title)),
    ]
    let authors = citation.authors.filter { $0 != "et al." }
    if !authors.isEmpty {
      members.append(JSONMember("author", .array(authors.map { name in
        // "Galustian C" → family "Galustian", given "C"; a name without initials stays literal.
        let parts = name.split(separator: " ")
        if parts.count >= 2, let last = parts.last, last.allSatisfy({ $0.isUppercase }) {
          return .object([
            JSONMember("family", .string(parts.dropLast().joined(separator: " "))),
            JSONMember("given", .string(String(last))),
          ])
        }
        return .object([JSONMember("literal", .string(name))])
      })))
    }
    if let journal = citation.journal { members.append(JSONMember("container-title", .string(journal))) }
    if let publisher = citation.publisher { members.append(JSONMember("publisher", .string(publisher))) }
    members.append(JSONMember("issued", .object([JSONMember("date-parts", .array([.array([.int(citation.year)])]))])))
    if let volume = citation.volume { members.append(JSONMember("volume", .string(volume))) }
    if let issue = citation.issue { members.append(JSONMember("issue", .string(issue))) }
    if let pages = citation.pages { members.append(JSONMember("page", .string(pages))) }
    if let doi = citation.doi { members.append(JSONMember("DOI", .string(doi))) }
    if let pmid = citation.pmid { members.append(JSONMember("PMID", .string(pmid))) }
    if let pmcid = citation.pmcid { members.append(JSONMember("PMCID", .string(pmcid))) }
    if let summary = citation.summary { members.append(JSONMember("note", .string(summary))) }
    return .object(members)
  }
}
