/// One evidence reference resolved against a catalogue: what it is called on one line, its
/// year (for the after-review mark) and its sources. The review's claim pages and exports list
/// evidence through this, so every format names an item alike.
public struct EvidenceItem: Sendable, Equatable {
  /// What it points at.
  public let ref: EvidenceRef
  /// The kind of entry, e.g. "cell", "efficacy", "event".
  public let kind: String
  /// Year of the finding, when known.
  public let year: Int?
  /// What it is, in a line: `Lenalidomide × Cereblon binding…: +++ strong`.
  public let label: String
  /// Its sources.
  public let cite: [String]

  /// Resolves `ref`; nil when it does not resolve (a catalogue built in code, unchecked).
  public init?(_ ref: EvidenceRef, in catalog: Catalog) {
    self.ref = ref
    switch ref {
    case .drug(let id):
      guard let drug = catalog.drug(id: id) else { return nil }
      kind = "drug"
      year = drug.firstMarketed?.year ?? drug.approvals.map(\.year).min()
      label = drug.name + (drug.generation.map { " (\($0))" } ?? "")
      cite = drug.cite
    case .cell(let drugID, let mechanismID):
      guard let d = catalog.drugIndex(id: drugID), let m = catalog.mechanismIndex(id: mechanismID),
        let effect = catalog.effect(drugIndex: d, mechanismIndex: m)
      else { return nil }
      kind = "cell"
      year = effect.year
      label = "\(catalog.drugs[d].name) × \(catalog.mechanisms[m].name): \(effect.grade.symbol) \(effect.grade.word)"
      cite = effect.cite
    case .efficacy(let id):
      guard let index = catalog.efficacyIndex(id: id) else { return nil }
      let result = catalog.efficacy[index]
      kind = "efficacy"
      year = result.year
      let drug = catalog.drug(id: result.drug)?.name ?? result.drug
      label = [drug, result.study ?? result.setting].compactMap { $0 }.joined(separator: ", ") + ": " + result.outcome
      cite = result.cite
    case .safety(let id):
      guard let index = catalog.safetyIndex(id: id) else { return nil }
      let result = catalog.safety[index]
      kind = "safety"
      year = result.year
      let drug = catalog.drug(id: result.drug)?.name ?? result.drug
      label = "\(drug), \(result.event)" + (result.rate.map { ": " + $0 } ?? "")
      cite = result.cite
    case .citation(let id):
      guard let citation = catalog.citation(id: id) else { return nil }
      kind = "source"
      year = citation.year
      label = Self.shortReference(citation)
      cite = [id]
    case .event(let id):
      guard let index = catalog.eventIndex(id: id) else { return nil }
      let event = catalog.events[index]
      kind = "event"
      year = event.date.year
      label = event.date.text + " " + event.kind.rawValue + ": " + event.text
      cite = event.cite
    }
  }

  /// `Ito T et al. Science 2010: Identification of a primary target…`: enough to recognise a source.
  public static func shortReference(_ citation: Citation) -> String {
    // One author by name, two joined by "and" (as most styles cite them), more as the first et al.
    let names = citation.authors.filter { $0 != "et al." }
    let truncated = names.count < citation.authors.count
    let who: String? = switch names.count {
    case 0: nil
    case 1: names[0] + (truncated ? " et al." : "")
    case 2 where !truncated: names[0] + " and " + names[1]
    default: names[0] + " et al."
    }
    let whereText = [citation.journal ?? citation.publisher, String(citation.year)].compactMap { $0 }.joined(separator: " ")
    return [who, whereText].compactMap { $0 }.joined(separator: ", ") + ": " + citation.title
  }
}
