/// CSL-JSON (pandoc, Zotero, citeproc): an array of items with `id`, `type`, `author` as
/// family/given pairs, `issued` as date parts, and the identifiers.
public enum CSLJSONWriter {
  /// The items for `citations`, in order.
  public static func document(_ citations: [Citation]) -> String {
    JSONWriter.document(.array(citations.map(item)))
  }

  static func item(_ citation: Citation) -> JSONValue {
    let citation = citation.withoutBlankFields
    var members = [
      JSONMember("id", .string(citation.id)),
      JSONMember("type", .string(citation.journal != nil ? "article-journal" : (citation.kind == "label" ? "document" : "webpage"))),
      JSONMember("title", .string(citation.title)),
    ]
    let authors = citation.authors.compactMap(PersonName.parse)
    if !authors.isEmpty { members.append(JSONMember("author", .array(authors.map(name)))) }
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

  /// A CSL name: `family`, `given` (`L. G.`), `non-dropping-particle` ("van der"), `suffix`;
  /// or `literal` for an organisation or single name. The same split as BibTeX and RIS.
  static func name(_ person: PersonName) -> JSONValue {
    if person.isLiteral { return .object([JSONMember("literal", .string(person.family))]) }
    var members = [JSONMember("family", .string(person.family)), JSONMember("given", .string(person.given))]
    if !person.particle.isEmpty { members.append(JSONMember("non-dropping-particle", .string(person.particle))) }
    if !person.suffix.isEmpty { members.append(JSONMember("suffix", .string(person.suffix))) }
    return .object(members)
  }
}
