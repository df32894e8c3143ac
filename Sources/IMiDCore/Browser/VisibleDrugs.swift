/// The drugs one frame shows, each decoded once. Reading `catalog.drugs[i]` decodes that entry
/// from the catalogue's bytes, and the Drugs pane, the matrix rows, the Citation pane's frame
/// and the compare title all show overlapping drugs: the view reads them here instead.
struct VisibleDrugs {
  private var decoded: [Int: Drug] = [:]
  private let catalog: Catalog

  /// Decodes the drugs in `ranges` and `indexes` (each once; out-of-range ones are skipped).
  init(_ catalog: Catalog, ranges: [Range<Int>], indexes: [Int]) {
    self.catalog = catalog
    for index in ranges.flatMap({ Array($0) }) + indexes where decoded[index] == nil && catalog.drugs.indices.contains(index) {
      decoded[index] = catalog.drugs[index]
    }
  }

  /// The drug at `index` (decoded now if the frame did not expect it).
  subscript(index: Int) -> Drug { decoded[index] ?? catalog.drugs[index] }
}
