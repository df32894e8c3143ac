/// The drug list as a text table: name, code names, brands, generation and first approval.
public enum DrugListView {
  /// The first approval of a drug, e.g. `1998 US`, or nil.
  public static func firstApproval(_ drug: Drug) -> String? {
    guard let first = drug.approvals.min(by: { $0.year < $1.year }) else { return nil }
    return [String(first.year), first.region].compactMap { $0 }.joined(separator: " ")
  }

  /// When and where a drug was first sold, e.g. `1957 West Germany`, or nil when the catalogue
  /// does not say (then its first approval is also its first marketing, as far as it knows).
  public static func firstMarketed(_ drug: Drug) -> String? {
    drug.firstMarketed.map { [String($0.year), $0.region].compactMap { $0 }.joined(separator: " ") }
  }

  /// Whether the list needs a "First marketed" column: some drug was sold before its approvals
  /// (thalidomide, 1957, against 1998), which a single "First approved" column would hide.
  public static func showsFirstMarketing(_ catalog: Catalog) -> Bool {
    catalog.anyDrugFirstMarketed
  }

  /// The table's lines, fitting `width` cells.
  public static func lines(_ catalog: Catalog, width: Int) -> [String] {
    let marketing = showsFirstMarketing(catalog)
    let table = TextTable(
      columns: [
        .init("Drug", minWidth: 8), .init("Code names", minWidth: 6), .init("Brands", minWidth: 6),
        .init("Generation", minWidth: 6),
      ] + (marketing ? [.init("First marketed", minWidth: 7)] : []) + [.init("First approved", minWidth: 7)],
      rows: catalog.drugs.map { drug in
        [drug.name, drug.codes.joined(separator: ", "), drug.brands.joined(separator: ", "), drug.generation ?? ""]
          + (marketing ? [firstMarketed(drug) ?? "—"] : []) + [firstApproval(drug) ?? ""]
      })
    return table.render(width: width)
  }
}
