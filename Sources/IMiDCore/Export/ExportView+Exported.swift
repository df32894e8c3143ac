extension ExportView {
  /// The type that exports this view over `catalog`: the one place a view is matched to what
  /// it provides, so no format has to switch over views.
  public func exported(from catalog: Catalog) -> any ViewExport {
    switch self {
    case .drugs: return DrugListExport(catalog)
    case .matrix: return MatrixExport(catalog)
    case .compare(let drugs): return CompareExport(catalog, drugs: drugs)
    case .citation(let subject): return CitationExport(catalog, subject: subject)
    case .drug(let index): return DrugExport(catalog, drugIndex: index)
    case .review: return ReviewExport(catalog)
    case .timeline(let drug): return TimelineExport(catalog, drug: drug)
    }
  }
}
