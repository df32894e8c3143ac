/// The drug list as a document: one row per drug with its code names, brands, generation,
/// first approval and sources (its identity's and its approvals', without repeats).
public struct DrugListExport: ViewExport {
  /// The catalogue listed.
  public let catalog: Catalog

  /// The drug list of `catalog`.
  public init(_ catalog: Catalog) {
    self.catalog = catalog
  }

  /// "3 drugs".
  public var summary: String { "\(catalog.drugs.count) drug\(catalog.drugs.count == 1 ? "" : "s")" }

  /// Each drug's sources, drug by drug, as the table's Sources column numbers them.
  public var sources: [String] {
    var refs = ReferenceList()
    for drug in catalog.drugs { _ = refs.key(for: Self.cites(drug)) }
    return refs.ids
  }

  /// The table and its references for `width` cells, with the sources as the table numbered them.
  public func layout(width: Int) -> (lines: [String], references: ReferenceList) {
    var lines: [String] = []
    let refs = write(width: width) { lines.append($0) }
    return (lines, refs)
  }

  /// The table, then the numbered references.
  public func text(width: Int) -> [String] { layout(width: width).lines }

  /// A line a drug and three a source, each at most `width` cells of up to four bytes: more than
  /// the list takes, which costs nothing where it is not written.
  public func textCapacity(width: Int) -> Int { (catalog.drugs.count + 3 * catalog.citations.count + 8) * (4 * width + 1) }

  /// The same lines as `text(width:)`, handed out one at a time.
  public func text(width: Int, _ emit: (String) -> Void) { _ = write(width: width, emit) }

  /// Lays the list out a row at a time: one pass measures the columns, a second hands each
  /// row's lines to `emit`, then the references. A long list is done in halves on two threads
  /// (`HalvesLayout`). The first pass keeps each row as bytes (`PackedRows`), so the second
  /// neither decodes a drug again nor builds its cells; rows are never held as strings. (A
  /// 100,000-drug list held whole, rows and lines, took some 70 MB; packed, its rows take 7.)
  /// Returns the sources as numbered.
  private func write(width: Int, _ emit: (String) -> Void) -> ReferenceList {
    let marketing = DrugListView.showsFirstMarketing(catalog)
    let table = TextTable(
      columns: [.init("Drug", minWidth: 8), .init("Code names", minWidth: 6), .init("Brands", minWidth: 6),
        .init("Generation", minWidth: 6)] + (marketing ? [.init("First marketed", minWidth: 7)] : [])
        + [.init("First approved", minWidth: 7), .init("Sources", minWidth: 5)],
      rows: [])
    func row(_ drug: Drug, sources: String) -> [String] {
      [drug.name, drug.codes.joined(separator: ", "), drug.brands.joined(separator: ", "), drug.generation ?? ""]
        + (marketing ? [DrugListView.firstMarketed(drug) ?? "—"] : [])
        + [DrugListView.firstApproval(drug) ?? "", sources]
    }
    // The first half is measured (and its sources numbered) here; the second half on another
    // thread, but for its Sources cells, whose numbers follow the first half's: its sources are
    // numbered after, in order, as one pass numbers them.
    // Every cell but the Sources is kept; the Sources cells are kept as keys.
    let kept = table.columns.count - 1
    var refs = ReferenceList()
    var natural = table.headerWidths
    var laterNatural = natural
    var first = PackedRows(columns: kept), later = PackedRows(columns: kept)
    var keys: [String] = []
    var laterCites: [[String]] = []
    keys.reserveCapacity(catalog.drugs.count)
    HalvesLayout.inHalves(catalog.drugs.count) { drugs in
      for index in drugs {
        let drug = catalog.drugs.uncached(index)
        let cells = row(drug, sources: refs.key(for: Self.cites(drug)))
        TextTable.widen(&natural, for: cells)
        first.append(cells)
        keys.append(cells[kept])
      }
    } second: { drugs in
      for index in drugs {
        let drug = catalog.drugs.uncached(index)
        laterCites.append(Self.cites(drug))
        let cells = row(drug, sources: "")
        TextTable.widen(&laterNatural, for: cells)
        later.append(cells)
      }
    }
    natural = zip(natural, laterNatural).map(max)
    for cites in laterCites {
      let key = refs.key(for: cites)
      natural[kept] = max(natural[kept], TextWidth.cells(of: key))
      keys.append(key)
    }
    laterCites = []
    let widths = table.widths(natural: natural, fitting: width)
    table.head(widths: widths, width: width).forEach(emit)
    // Each half lays out the rows it measured, read back from its own packed rows.
    HalvesLayout.layOut(catalog.drugs.count, emit) { drugs, emit in
      let (rows, offset) = drugs.lowerBound < first.count ? (first, 0) : (later, first.count)
      for index in drugs {
        table.lines(ofRow: rows.row(index - offset) + [keys[index]], widths: widths, width: width).forEach(emit)
      }
    }
    (first, later, keys) = (PackedRows(columns: 0), PackedRows(columns: 0), [])
    let numbered = refs
    if !refs.ids.isEmpty {
      emit("")
      refs.renderHeading(width: width).forEach(emit)
      HalvesLayout.layOut(refs.ids.count, emit) { entries, emit in numbered.render(catalog, entries, width: width, emit) }
    }
    return refs
  }

  /// A heading (the catalogue's title), the table and the references.
  public func markdown() -> String {
    let e = MarkdownText.inline
    var refs = ReferenceList()
    var out = "## " + e(catalog.title ?? "Drugs") + "\n\n"
    let marketing = DrugListView.showsFirstMarketing(catalog)
    let header = ["Drug", "Code names", "Brands", "Generation"] + (marketing ? ["First marketed"] : []) + ["First approved", "Sources"]
    out += ExportTables.markdownTable(header, catalog.drugs.map { drug in
      [e(drug.name), e(drug.codes.joined(separator: ", ")), e(drug.brands.joined(separator: ", ")), e(drug.generation ?? "")]
        + (marketing ? [e(DrugListView.firstMarketed(drug) ?? "—")] : [])
        + [e(DrugListView.firstApproval(drug) ?? ""), e(refs.key(for: Self.cites(drug)))]
    })
    return out + ExportTables.markdownReferences(catalog, refs.ids)
  }

  /// One row per drug, its sources as ids.
  public func csv() -> String {
    CSVWriter.document(
      // first_marketed is last: columns scripts already read keep their places.
      header: ["id", "name", "codes", "brands", "generation", "first_approval", "sources", "first_marketed"],
      rows: catalog.drugs.map { d in
        [d.id, d.name, d.codes.joined(separator: "; "), d.brands.joined(separator: "; "), d.generation ?? "",
         DrugListView.firstApproval(d) ?? "", Self.cites(d).joined(separator: "; "), DrugListView.firstMarketed(d) ?? ""]
      })
  }

  /// Every drug's identity and approvals, then the references.
  public func json() -> String {
    ExportTables.json(catalog, view: ExportView.drugs.name,
      [JSONMember("drugs", .array(catalog.drugs.map(ExportTables.drugJSON)))], sources: sources)
  }

  /// A drug's sources in the list: its own, its first marketing's, then its approvals', without repeats.
  static func cites(_ drug: Drug) -> [String] {
    // Gathered in one array, without a key path (read through the runtime for every drug).
    var ids = drug.cite
    if let marketing = drug.firstMarketed { ids += marketing.cite }
    for approval in drug.approvals { ids += approval.cite }
    return ExportTables.unique(ids)
  }
}
