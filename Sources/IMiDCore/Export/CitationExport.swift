/// The Citation pane as a document: a drug's sources, a matrix cell's evidence, or one source
/// in full. Its CSV lists the sources; its JSON says what the pane is about, as data.
public struct CitationExport: ViewExport {
  /// The catalogue the subject is in.
  public let catalog: Catalog
  /// What the pane is about.
  public let subject: DetailSubject

  /// The Citation pane of `subject` in `catalog`.
  public init(_ catalog: Catalog, subject: DetailSubject) {
    self.catalog = catalog
    self.subject = subject
  }

  /// "the citation detail (2 sources)".
  public var summary: String {
    let count = sources.filter { catalog.citation(id: $0) != nil }.count
    return "the citation detail (\(count) source\(count == 1 ? "" : "s"))"
  }

  /// The sources the pane lists, as `DetailDocument` lists them: a drug's own then its
  /// approvals', or a cell's, without repeats and without ids the catalogue does not hold;
  /// for one source, that source.
  public var sources: [String] {
    switch subject {
    case .none:
      return []
    case .citation(let id):
      return [id]
    case .drug(let index):
      guard catalog.drugs.indices.contains(index) else { return [] }
      let drug = catalog.drugs[index]
      return listed(drug.cite + (drug.firstMarketed?.cite ?? []) + drug.approvals.flatMap(\.cite))
    case .cell(let d, let m):
      guard catalog.drugs.indices.contains(d), catalog.mechanisms.indices.contains(m),
        let effect = catalog.effect(drugIndex: d, mechanismIndex: m)
      else { return [] }
      return listed(effect.cite)
    }
  }

  /// The pane's lines at `width` cells.
  public func text(width: Int) -> [String] { DetailDocument.build(catalog, subject: subject, width: width).lines.map(\.text) }

  /// The pane built as Markdown from the catalogue (`CitationMarkdown`).
  public func markdown() -> String { CitationMarkdown.document(catalog, subject: subject, sources: sources) }

  /// One row per source.
  public func csv() -> String { ExportTables.sourcesCSV(catalog, sources) }

  /// The subject as data, then the references.
  public func json() -> String {
    ExportTables.json(catalog, view: ExportView.citation(subject).name, [JSONMember("subject", subjectJSON())], sources: sources)
  }

  /// `ids` without repeats, and only those the catalogue holds (the pane lists no unknown source).
  private func listed(_ ids: [String]) -> [String] {
    ExportTables.unique(ids).filter { catalog.citation(id: $0) != nil }
  }

  /// What the pane is about, as data (its text is for people: `references` lists the sources
  /// in full).
  func subjectJSON() -> JSONValue {
    switch subject {
    case .none:
      return .object([JSONMember("kind", .string("none"))])
    case .drug(let index):
      guard catalog.drugs.indices.contains(index) else { return .null }
      return .object([JSONMember("kind", .string("drug")), JSONMember("drug", ExportTables.drugJSON(catalog.drugs[index]))])
    case .cell(let d, let m):
      guard catalog.drugs.indices.contains(d), catalog.mechanisms.indices.contains(m) else { return .null }
      let effect = catalog.effect(drugIndex: d, mechanismIndex: m)
      return .object([
        JSONMember("kind", .string("cell")), JSONMember("drug", .string(catalog.drugs[d].id)),
        JSONMember("mechanism", .string(catalog.mechanisms[m].id)),
        JSONMember("grade", effect.map { .int($0.grade.rawValue) } ?? .null),
        JSONMember("year", effect?.year.map(JSONValue.int) ?? .null),
        JSONMember("afterHorizon", .bool(catalog.isLater(effect?.year))),
        JSONMember("note", .optional(effect?.note)), JSONMember("cite", .array((effect?.cite ?? []).map(JSONValue.string))),
      ])
    case .citation(let id):
      return .object([
        JSONMember("kind", .string("citation")), JSONMember("id", .string(id)),
        JSONMember("citedFor", .array(CitationView.citingFacts(catalog, citationID: id).map(JSONValue.string))),
      ])
    }
  }
}
