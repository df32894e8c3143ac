/// The drugs one frame shows, each decoded once. Reading `catalog.drugs[i]` decodes that entry
/// from the catalogue's bytes, and the Drugs pane, the matrix rows, the Citation pane's frame
/// and the compare title all show overlapping drugs: the view reads them here instead.
/// Only what the panes show of a drug is kept (`Row`): a whole `Drug` is some fifteen counted
/// references, and copying each visible one out, a row at a time, was a tenth of a key.
struct VisibleDrugs {
  /// What the panes show of a drug.
  struct Row: Sendable {
    /// Its name.
    let name: String
    /// Its first code name.
    let code: String?
    /// Its generation label.
    let generation: String?

    init(_ drug: Drug) {
      name = drug.name
      code = drug.codes.first
      generation = drug.generation
    }
  }

  private var decoded: [Int: Row] = [:]
  private let catalog: Catalog
  /// How many drugs were decoded for this window (not taken from an earlier one).
  private(set) var decodedCount = 0

  /// Decodes the drugs in `ranges` and `indexes` (each once; out-of-range ones are skipped),
  /// taking those `earlier` holds from it instead.
  init(_ catalog: Catalog, ranges: [Range<Int>], indexes: [Int], reusing earlier: VisibleDrugs? = nil) {
    self.catalog = catalog
    for index in ranges.flatMap({ Array($0) }) + indexes where decoded[index] == nil && catalog.drugs.indices.contains(index) {
      if let kept = earlier?.decoded[index] {
        decoded[index] = kept
      } else {
        decoded[index] = Row(catalog.drugs[index])
        decodedCount += 1
      }
    }
  }

  /// Whether the drug at `index` is decoded here.
  func holds(_ index: Int) -> Bool { decoded[index] != nil }

  /// What the panes show of the drug at `index` (decoded now if the frame did not expect it).
  subscript(index: Int) -> Row { decoded[index] ?? Row(catalog.drugs[index]) }
}
