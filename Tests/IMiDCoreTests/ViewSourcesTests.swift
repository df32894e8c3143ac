import IMiDCore
import Testing

/// Each view's `sources` walk the cited facts without laying out text; these pin them to the
/// reference list the text layout itself builds, for every view of two catalogues, so the
/// citation formats list exactly what the text numbers, in its order.
@Suite struct ViewSourcesTests {
  static let catalogues: [(String, Catalog)] = [("builtin", BrowserHarness.builtin), ("mini", BrowserHarness.catalog("mini.json"))]

  /// The ids the text layout numbers (the path `Exporter` took before views had `sources`).
  static func laidOut(_ catalog: Catalog, _ view: ExportView) -> [String] {
    switch view {
    case .drugs: return DrugListExport(catalog).layout(width: 80).references.ids
    case .matrix: return MatrixExport(catalog).evidence(width: 80).references.ids
    case .compare(let drugs): return CompareExport(catalog, drugs: drugs).layout(width: 80).references.ids
    case .citation(.citation(let id)): return [id]
    case .citation(let subject): return DetailDocument.build(catalog, subject: subject, width: 80).sourceIDs
    case .drug(let index): return DrugDetailView.render(catalog, drugIndex: index, width: 80).references.ids
    case .review: return ReviewExport(catalog).layout(width: 80).references.ids
    case .timeline(let drug): return TimelineExport(catalog, drug: drug).layout(width: 80).references.ids
    }
  }

  /// Every view of `catalog`: the list, the matrix, every drug, every cell, every source, every
  /// ordered pair and triple of distinct drugs.
  static func everyView(_ catalog: Catalog) -> [ExportView] {
    let drugs = Array(catalog.drugs.indices), mechanisms = Array(catalog.mechanisms.indices)
    var views: [ExportView] = [.drugs, .matrix, .citation(.none), .review, .timeline(drug: nil)]
    views += drugs.map { ExportView.timeline(drug: $0) }
    views += drugs.flatMap { [ExportView.drug($0), .citation(.drug($0))] }
    views += drugs.flatMap { d in mechanisms.map { ExportView.citation(.cell(drug: d, mechanism: $0)) } }
    views += catalog.citations.map { ExportView.citation(.citation($0.id)) }
    for a in drugs {
      for b in drugs where b != a {
        views.append(.compare([a, b]))
        views += drugs.filter { $0 != a && $0 != b }.map { ExportView.compare([a, b, $0]) }
      }
    }
    return views
  }

  @Test(arguments: 0..<2)
  func sourcesAreWhatTheTextNumbers(catalogue: Int) {
    let (name, catalog) = Self.catalogues[catalogue]
    let views = Self.everyView(catalog)
    #expect(views.count > 20, "\(name): too few views to mean anything")
    var cited = 0
    for view in views {
      let sources = view.exported(from: catalog).sources
      #expect(sources == Self.laidOut(catalog, view), "\(name) \(view)")
      cited += sources.count
    }
    #expect(cited > 0, "\(name): no view cites anything, so nothing was compared")
  }

  /// Markdown numbers its references as the text does: the `### References` list is the
  /// view's sources in order, for every drug of both catalogues.
  @Test(arguments: 0..<2)
  func markdownReferencesFollowTheTextsNumbering(catalogue: Int) {
    let (name, catalog) = Self.catalogues[catalogue]
    for drug in catalog.drugs.indices {
      let view = ExportView.drug(drug)
      let markdown = Exporter.export(catalog, view, format: .md).contents
      let parts = markdown.components(separatedBy: "### References\n\n")
      let listed = parts.count < 2 ? [] : parts[1].split(separator: "\n").map { String($0.drop { $0 != " " }.dropFirst()) }
      let expected = Exporter.citationIDs(catalog, view).map { id in
        MarkdownText.block(catalog.citation(id: id).map(CitationFormatter.reference) ?? id)
      }
      #expect(listed == expected, "\(name) drug \(drug)")
    }
  }

  @Test func theCitationFormatsListTheSourcesInTheirOrder() {
    let catalog = BrowserHarness.builtin
    for view in [ExportView.matrix, .drug(1), .compare([2, 0, 1])] {
      let ids = Exporter.citationIDs(catalog, view)
      let csl = Exporter.export(catalog, view, format: .cslJSON).contents
      let positions = ids.compactMap { csl.range(of: "\"id\": \"\($0)\"")?.lowerBound }
      #expect(positions.count == ids.count && positions == positions.sorted(), "\(view)")
    }
  }
}
