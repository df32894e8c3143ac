/// One drug in full for the command line (`imid show`, text exports): the lines of its page,
/// and helpers the other views of results share.
public enum DrugDetailView {
  /// The view's lines, fitting `width` cells.
  public static func lines(_ catalog: Catalog, drugIndex: Int, width: Int) -> [String] {
    render(catalog, drugIndex: drugIndex, width: width).lines
  }

  /// The view's lines and the sources it cites, numbered as the lines show them: the drug's
  /// page (`DrugPage`) as plain text, so the command line and the browser never differ.
  public static func render(_ catalog: Catalog, drugIndex: Int, width: Int) -> (lines: [String], references: ReferenceList) {
    var refs = ReferenceList()
    let page = DrugPage.build(catalog, drugIndex: drugIndex, width: max(1, width), refs: &refs)
    return (page.lines.isEmpty ? [] : page.plainLines, refs)
  }

  /// Results grouped by setting or category (in order of first appearance), oldest first within
  /// each group, so the 2004 view and what came after read in order.
  static func chronological<Result>(_ results: [Result], group: KeyPath<Result, String?>, year: KeyPath<Result, Int?>) -> [Result] {
    chronological(results, group: { $0[keyPath: group] }, year: { $0[keyPath: year] })
  }

  /// The same order for any items (a drug page orders result positions): groups in order of
  /// first appearance, oldest first within each, items without a year last, ties as given.
  static func chronological<Item>(_ items: [Item], group: (Item) -> String?, year: (Item) -> Int?) -> [Item] {
    var order: [String: Int] = [:]
    for item in items where order[group(item) ?? ""] == nil {
      order[group(item) ?? ""] = order.count
    }
    return items.enumerated().sorted { a, b in
      let ga = order[group(a.element) ?? ""] ?? 0, gb = order[group(b.element) ?? ""] ?? 0
      if ga != gb { return ga < gb }
      let ya = year(a.element) ?? Int.max, yb = year(b.element) ?? Int.max
      if ya != yb { return ya < yb }
      return a.offset < b.offset
    }.map(\.element)
  }

  /// Where and as what a drug was first sold: `West Germany, as Contergan`.
  public static func marketingText(_ marketing: FirstMarketing) -> String {
    [marketing.region, marketing.brand.map { "as " + $0 }].compactMap { $0 }.joined(by: ", ")
  }
}
