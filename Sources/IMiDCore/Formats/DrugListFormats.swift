/// The drug list as data: JSON and CSV, for scripts.
public enum DrugListFormats {
  /// JSON: `{"title": …, "drugs": [{"id", "name", "codes", "brands", "generation", "firstApproval"}]}`.
  public static func json(_ catalog: Catalog) -> String {
    JSONWriter.document(.object([
      JSONMember("title", .optional(catalog.title)),
      JSONMember("drugs", .array(catalog.drugs.map { drug in
        .object([
          JSONMember("id", .string(drug.id)),
          JSONMember("name", .string(drug.name)),
          JSONMember("codes", .array(drug.codes.map(JSONValue.string))),
          JSONMember("brands", .array(drug.brands.map(JSONValue.string))),
          JSONMember("generation", .optional(drug.generation)),
          JSONMember("firstApproval", .optional(DrugListView.firstApproval(drug))),
        ])
      })),
    ]))
  }

  /// CSV: `id,name,codes,brands,generation,first_approval`; lists joined with `; `.
  public static func csv(_ catalog: Catalog) -> String {
    CSVWriter.document(
      header: ["id", "name", "codes", "brands", "generation", "first_approval"],
      rows: catalog.drugs.map { drug in
        [
          drug.id, drug.name, drug.codes.joined(separator: "; "), drug.brands.joined(separator: "; "),
          drug.generation ?? "", DrugListView.firstApproval(drug) ?? "",
        ]
      })
  }
}
