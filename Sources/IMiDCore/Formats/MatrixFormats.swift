/// The drugs × mechanisms matrix as data: JSON and CSV, for scripts.
public enum MatrixFormats {
  /// JSON: `{"mechanisms": [{"id","name","short"}], "rows": [{"drug", "name", "grades": {mechanism id: 0–3 or null}}]}`;
  /// null means not studied.
  public static func json(_ catalog: Catalog) -> String {
    JSONWriter.document(.object([
      JSONMember("title", .optional(catalog.title)),
      JSONMember("legend", .object(Grade.allCases.map { JSONMember(String($0.rawValue), .string($0.word)) }
        + [JSONMember("null", .string("not studied"))])),
      JSONMember("mechanisms", .array(catalog.mechanisms.map { mechanism in
        .object([
          JSONMember("id", .string(mechanism.id)),
          JSONMember("name", .string(mechanism.name)),
          JSONMember("short", .string(mechanism.header)),
        ])
      })),
      JSONMember("rows", .array(catalog.drugs.indices.map { d in
        .object([
          JSONMember("drug", .string(catalog.drugs[d].id)),
          JSONMember("name", .string(catalog.drugs[d].name)),
          JSONMember("grades", .object(catalog.mechanisms.indices.map { m in
            JSONMember(catalog.mechanisms[m].id,
              catalog.effect(drugIndex: d, mechanismIndex: m).map { .int($0.grade.rawValue) } ?? .null)
          })),
        ])
      })),
    ]))
  }

  /// CSV: `drug,<mechanism id>…` with grades 0–3, empty for not studied.
  public static func csv(_ catalog: Catalog) -> String {
    CSVWriter.document(
      header: ["drug"] + catalog.mechanisms.map(\.id),
      rows: catalog.drugs.indices.map { d in
        [catalog.drugs[d].id] + catalog.mechanisms.indices.map { m in
          catalog.effect(drugIndex: d, mechanismIndex: m).map { String($0.grade.rawValue) } ?? ""
        }
      })
  }
}
