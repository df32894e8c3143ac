/// One drug in full: identity, approvals, summary, mechanism grades, efficacy, safety and the
/// numbered references of every source the view cites.
public enum DrugDetailView {
  /// The view's lines, fitting `width` cells.
  public static func lines(_ catalog: Catalog, drugIndex: Int, width: Int) -> [String] {
    render(catalog, drugIndex: drugIndex, width: width).lines
  }

  /// The view's lines and the sources it cites, numbered as the lines show them.
  public static func render(_ catalog: Catalog, drugIndex: Int, width: Int) -> (lines: [String], references: ReferenceList) {
    guard catalog.drugs.indices.contains(drugIndex) else { return ([], ReferenceList()) }
    let width = max(1, width)
    let drug = catalog.drugs[drugIndex]
    var refs = ReferenceList()
    var lines: [String] = []

    var title = drug.name
    if !drug.codes.isEmpty { title += " (" + drug.codes.joined(separator: ", ") + ")" }
    if let generation = drug.generation { title += " — " + generation }
    lines += TextLines.heading(title, width: width)
    var facts: [String] = []
    if !drug.brands.isEmpty { facts.append("Brands: " + drug.brands.joined(separator: ", ")) }
    var chemistry: [String] = []
    if let formula = drug.formula { chemistry.append(formula) }
    if let mass = drug.molarMass { chemistry.append(mass) }
    if let cas = drug.cas { chemistry.append("CAS " + cas) }
    if let atc = drug.atc { chemistry.append("ATC " + atc) }
    if !chemistry.isEmpty { facts.append(chemistry.joined(separator: " · ")) }
    let identityKey = refs.key(for: drug.cite)
    for fact in facts { lines += TextLines.paragraph(fact, width: width) }
    if let summary = drug.summary {
      lines.append("")
      lines += TextLines.paragraph(summary + (identityKey.isEmpty ? "" : " " + identityKey), width: width)
    } else if !identityKey.isEmpty, !facts.isEmpty {
      lines[lines.count - 1] += " " + identityKey
    }

    if let marketing = drug.firstMarketed {
      lines.append("")
      lines += TextLines.heading("First marketed", width: width)
      let key = refs.key(for: marketing.cite)
      lines += TextLines.hanging(Self.marketingText(marketing) + (key.isEmpty ? "" : " " + key), width: width, first: marketing.when, rest: 11)
    }
    if !drug.approvals.isEmpty {
      lines.append("")
      lines += TextLines.heading("Approvals", width: width)
      for approval in drug.approvals {
        let what = [approval.region, approval.indication].compactMap { $0 }.joined(separator: ": ")
        let key = refs.key(for: approval.cite)
        lines += TextLines.hanging(
          what + (key.isEmpty ? "" : " " + key), width: width, first: approval.when, rest: 11)
      }
    }

    let graded = catalog.mechanisms.indices.compactMap { m -> (Mechanism, Effect?)? in
      (catalog.mechanisms[m], catalog.effect(drugIndex: drugIndex, mechanismIndex: m))
    }
    if !graded.isEmpty {
      lines.append("")
      lines += TextLines.heading("Mechanisms", width: width)
      let table = TextTable(
        columns: [
          .init("Mechanism", minWidth: 8, maxWidth: 22), .init("Grade", minWidth: 4, wraps: false),
          .init("Year", minWidth: 4, wraps: false), .init("Evidence", minWidth: 10),
        ],
        rows: graded.map { mechanism, effect in
          guard let effect else { return [mechanism.name, Grade.notStudiedSymbol, "—", "not studied"] }
          let note = [effect.note, refs.key(for: effect.cite)].compactMap { $0 }.filter { !$0.isEmpty }
          return [mechanism.name, effect.grade.symbol, YearLabel.text(effect.year, in: catalog), note.joined(separator: " ")]
        })
      lines += table.render(width: width)
    }

    let efficacy = chronological(catalog.efficacy(drugIndex: drugIndex), group: \.setting, year: \.year)
    if !efficacy.isEmpty {
      lines.append("")
      lines += TextLines.heading("Efficacy", width: width)
      for result in efficacy {
        var head = result.study ?? "Study"
        if let design = result.design { head += " — " + design }
        if let n = result.n { head += " (N=\(n))" }
        lines += TextLines.hanging(head, width: width, first: YearLabel.text(result.year, in: catalog), rest: 7)
        let setting = [result.setting, result.regimen].compactMap { $0 }.joined(separator: " · ")
        if !setting.isEmpty { lines += TextLines.paragraph(setting, width: width, indent: 7) }
        lines += TextLines.paragraph(result.outcome + " " + refs.key(for: result.cite), width: width, indent: 7)
      }
    }

    let safety = chronological(catalog.safety(drugIndex: drugIndex), group: \.category, year: \.year)
    if !safety.isEmpty {
      lines.append("")
      lines += TextLines.heading("Safety", width: width)
      for result in safety {
        var head = result.event
        if let category = result.category, category != result.event { head = category + ": " + head }
        if result.boxed { head += " [boxed warning]" }
        lines += TextLines.hanging(head, width: width, first: YearLabel.text(result.year, in: catalog), rest: 7)
        let rate = [result.rate, result.severity].compactMap { $0 }.joined(separator: ", ")
        let context = [rate.isEmpty ? nil : rate, result.study, result.context].compactMap { $0 }.joined(separator: " · ")
        let key = refs.key(for: result.cite)
        lines += TextLines.paragraph((context.isEmpty ? "" : context + " ") + key, width: width, indent: 7)
      }
    }

    if let legend = YearLabel.legend(catalog) {
      lines.append("")
      lines += TextLines.paragraph(legend, width: width)
    }
    let references = refs.render(catalog, width: width)
    if !references.isEmpty {
      lines.append("")
      lines += references
    }
    return (lines, refs)
  }

  /// Results grouped by setting or category (in order of first appearance), oldest first within
  /// each group, so the 2004 view and what came after read in order.
  static func chronological<Result>(_ results: [Result], group: KeyPath<Result, String?>, year: KeyPath<Result, Int?>) -> [Result] {
    var order: [String: Int] = [:]
    for result in results where order[result[keyPath: group] ?? ""] == nil {
      order[result[keyPath: group] ?? ""] = order.count
    }
    return results.enumerated().sorted { a, b in
      let ga = order[a.element[keyPath: group] ?? ""] ?? 0, gb = order[b.element[keyPath: group] ?? ""] ?? 0
      if ga != gb { return ga < gb }
      let ya = a.element[keyPath: year] ?? Int.max, yb = b.element[keyPath: year] ?? Int.max
      if ya != yb { return ya < yb }
      return a.offset < b.offset
    }.map(\.element)
  }

  /// Where and as what a drug was first sold: `West Germany, as Contergan`.
  public static func marketingText(_ marketing: FirstMarketing) -> String {
    [marketing.region, marketing.brand.map { "as " + $0 }].compactMap { $0 }.joined(separator: ", ")
  }
}
