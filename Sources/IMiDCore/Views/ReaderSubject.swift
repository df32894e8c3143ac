/// What a page of the browser's reader (the full-screen view that `r` and `t` open) is about,
/// and where each of its items leads: Enter on an item opens the item's subject as a new page,
/// Backspace returns to the page before.
public enum ReaderSubject: Sendable, Equatable {
  /// The review: its reference and its claims.
  case review
  /// One claim: its verdict and its evidence by stance.
  case claim(Int)
  /// The timeline, for every drug or for one drug (and the class-wide events).
  case timeline(drug: Int?)
  /// A drug, a matrix cell or a source: what the Citation pane would show.
  case detail(DetailSubject)
  /// An efficacy result (by index).
  case efficacy(Int)
  /// A safety result (by index).
  case safety(Int)
  /// A timeline event (by index).
  case event(Int)
  /// Everything in the catalogue that matches a query (`/`, then Tab).
  case search(String)

  /// The page an evidence reference opens, or nil when it does not resolve.
  public init?(_ ref: EvidenceRef, in catalog: Catalog) {
    switch ref {
    case .drug(let id):
      guard let d = catalog.drugIndex(id: id) else { return nil }
      self = .detail(.drug(d))
    case .cell(let drug, let mechanism):
      guard let d = catalog.drugIndex(id: drug), let m = catalog.mechanismIndex(id: mechanism) else { return nil }
      self = .detail(.cell(drug: d, mechanism: m))
    case .efficacy(let id):
      guard let index = catalog.efficacyIndex(id: id) else { return nil }
      self = .efficacy(index)
    case .safety(let id):
      guard let index = catalog.safetyIndex(id: id) else { return nil }
      self = .safety(index)
    case .citation(let id):
      guard catalog.citation(id: id) != nil else { return nil }
      self = .detail(.citation(id))
    case .event(let id):
      guard let index = catalog.eventIndex(id: id) else { return nil }
      self = .event(index)
    }
  }
}
