/// The pieces several views' exports share: the JSON envelope and its references, a drug as
/// JSON, the sources as CSV, and a Markdown table and reference list. Kept in one place so
/// every view writes them byte for byte alike.
enum ExportTables {
  /// `{"view", "title", "horizon", <members>, "references"}`: the JSON every view but compare
  /// writes, its references numbered as `sources` number them.
  static func json(_ catalog: Catalog, view: String, _ members: [JSONMember], sources: [String]) -> String {
    var all = [JSONMember("view", .string(view)), JSONMember("title", .optional(catalog.title)),
               JSONMember("horizon", catalog.horizon.map(JSONValue.int) ?? .null)]
    all += members
    all.append(JSONMember("references", .array(sources.enumerated().compactMap { index, id in
      catalog.citation(id: id).map { c in
        .object([JSONMember("number", .int(index + 1)), JSONMember("id", .string(c.id)),
                 JSONMember("reference", .string(CitationFormatter.reference(c))),
                 JSONMember("pmid", .optional(c.pmid)), JSONMember("doi", .optional(c.doi))])
      }
    })))
    return JSONWriter.document(.object(all))
  }

  /// A drug's identity and approvals as JSON.
  static func drugJSON(_ drug: Drug) -> JSONValue {
    .object([
      JSONMember("id", .string(drug.id)), JSONMember("name", .string(drug.name)),
      JSONMember("codes", .array(drug.codes.map(JSONValue.string))), JSONMember("brands", .array(drug.brands.map(JSONValue.string))),
      JSONMember("generation", .optional(drug.generation)), JSONMember("summary", .optional(drug.summary)),
      JSONMember("firstApproval", .optional(DrugListView.firstApproval(drug))),
      JSONMember("firstMarketed", drug.firstMarketed.map { m in
        .object([JSONMember("year", .int(m.year)), JSONMember("date", .optional(m.date)), JSONMember("region", .optional(m.region)),
                 JSONMember("brand", .optional(m.brand)), JSONMember("cite", .array(m.cite.map(JSONValue.string)))])
      } ?? .null),
      JSONMember("approvals", .array(drug.approvals.map { a in
        .object([JSONMember("year", .int(a.year)), JSONMember("date", .optional(a.date)), JSONMember("region", .optional(a.region)),
                 JSONMember("indication", .optional(a.indication)), JSONMember("cite", .array(a.cite.map(JSONValue.string)))])
      })),
      JSONMember("cite", .array(drug.cite.map(JSONValue.string))),
    ])
  }

  /// One CSV row per source, numbered as the view numbers them (unknown ids are left out).
  static func sourcesCSV(_ catalog: Catalog, _ sources: [String]) -> String {
    CSVWriter.document(
      header: ["number", "id", "authors", "title", "journal", "year", "volume", "issue", "pages", "pmid", "doi", "summary"],
      rows: sources.enumerated().compactMap { index, id in
        catalog.citation(id: id).map { c in
          [String(index + 1), c.id, c.authors.joined(separator: "; "), c.title, c.journal ?? c.publisher ?? "", String(c.year),
           c.volume ?? "", c.issue ?? "", c.pages ?? "", c.pmid ?? "", c.doi ?? "", c.summary ?? ""]
        }
      })
  }

  /// A GitHub table: the header escaped here, the rows already escaped by the caller.
  static func markdownTable(_ header: [String], _ rows: [[String]]) -> String {
    var out = "| " + header.map(MarkdownText.inline).joined(separator: " | ") + " |\n|"
      + String(repeating: "---|", count: header.count) + "\n"
    for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
    return out
  }

  /// `### References` and the numbered full references; empty when nothing is cited.
  static func markdownReferences(_ catalog: Catalog, _ ids: [String]) -> String {
    guard !ids.isEmpty else { return "" }
    var out = "\n### References\n\n"
    for (index, id) in ids.enumerated() {
      out += "\(index + 1). " + MarkdownText.block(catalog.citation(id: id).map(CitationFormatter.reference) ?? id) + "\n"
    }
    return out
  }

  /// `ids` without repeats, first occurrence kept.
  static func unique(_ ids: [String]) -> [String] {
    // A few ids (a drug's sources) are compared directly: hashing each into a new set was a
    // fortieth of a 100,000-drug export.
    guard ids.count > 16 else {
      var kept: [String] = []
      kept.reserveCapacity(ids.count)
      for id in ids where !kept.contains(id) { kept.append(id) }
      return kept
    }
    var seen: Set<String> = []
    return ids.filter { seen.insert($0).inserted }
  }
}
