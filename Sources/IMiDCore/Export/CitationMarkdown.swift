/// The Citation pane's subject as a Markdown document, built from the catalogue (not from the
/// pane's rendered lines): a heading, paragraphs, lists, and the sources as a numbered list of
/// full references, numbered as the other export formats number them.
public enum CitationMarkdown {
  /// The document for `subject`; `sources` are the ids the view cites, in their numbering.
  public static func document(_ catalog: Catalog, subject: DetailSubject, sources: [String]) -> String {
    var out = MarkdownBuilder()
    switch subject {
    case .none:
      out.paragraph("The catalogue has no drugs.")
    case .drug(let index):
      guard catalog.drugs.indices.contains(index) else { break }
      let drug = catalog.drugs[index]
      out.heading(2, drug.name + (drug.codes.isEmpty ? "" : " (" + drug.codes.joined(separator: ", ") + ")"))
      let tags = ([drug.generation].compactMap { $0 } + drug.brands).filter { !$0.isEmpty }.joined(separator: " · ")
      out.paragraph(tags)
      out.paragraph(drug.summary ?? "")
      if !drug.approvals.isEmpty {
        out.heading(3, "Approvals")
        out.bullets(drug.approvals.map { ([$0.when, $0.region, $0.indication].compactMap { $0 }).joined(separator: " · ") })
      }
      let (results, harms) = catalog.resultCounts(drugIndex: index)
      if results + harms > 0 { out.paragraph("\(results) efficacy and \(harms) safety results in the catalogue") }
    case .cell(let d, let m):
      guard catalog.drugs.indices.contains(d), catalog.mechanisms.indices.contains(m) else { break }
      out.heading(2, catalog.drugs[d].name + " × " + catalog.mechanisms[m].name)
      guard let effect = catalog.effect(drugIndex: d, mechanismIndex: m) else {
        out.paragraph(MatrixView.emptyCellSentence)
        break
      }
      out.paragraph(MatrixView.gradeLine(effect, in: catalog))
      out.paragraph(effect.note ?? "")
    case .citation(let id):
      guard let citation = catalog.citation(id: id) else {
        out.paragraph("Unknown source '\(id)'.")
        break
      }
      out.heading(2, citation.title)
      out.paragraph(CitationFormatter.authors(citation) ?? "")
      out.paragraph(CitationFormatter.source(citation))
      out.paragraph(CitationFormatter.identifiers(citation) ?? "")
      var tags = ["id " + citation.id]
      if let kind = citation.kind { tags.append(kind) }
      if catalog.horizon != nil { tags.append(catalog.isLater(citation.year) ? "after the review" : "known to the review") }
      out.paragraph(tags.joined(separator: " · "))
      out.paragraph(citation.summary ?? "")
      let facts = CitationView.citingFacts(catalog, citationID: citation.id)
      if !facts.isEmpty {
        out.heading(3, "Cited for")
        out.bullets(facts)
      }
    }
    let references = sources.compactMap { catalog.citation(id: $0) }
    if !references.isEmpty {
      out.heading(3, references.count == 1 ? "Source" : "Sources (\(references.count))")
      out.numbered(references.map { citation in
        CitationFormatter.reference(citation) + (citation.summary.map { $0.isEmpty ? "" : " — " + $0 } ?? "")
      })
    }
    return out.text
  }
}
