/// The drug list as a text table: name, code names, brands, generation and first approval.
public enum DrugListView {
  /// The first approval of a drug, e.g. `1998 US`, or nil.
  public static func firstApproval(_ drug: Drug) -> String? {
    guard let first = drug.approvals.min(by: { $0.year < $1.year }) else { return nil }
    return [String(first.year), first.region].compactMap { $0 }.joined(separator: " ")
  }

  /// The table's lines, fitting `width` cells.
  public static func lines(_ catalog: Catalog, width: Int) -> [String] {
    let table = TextTable(
      columns: [
        .init("Drug", minWidth: 8), .init("Code names", minWidth: 6), .init("Brands", minWidth: 6),
        .init("Generation", minWidth: 6), .init("First approved", minWidth: 7),
      ],
      rows: catalog.drugs.map { drug in
        [
          drug.name, drug.codes.joined(separator: ", "), drug.brands.joined(separator: ", "),
          drug.generation ?? "", firstApproval(drug) ?? "",
        ]
      })
    return table.render(width: width)
  }
}
