/// The compare view as Markdown (GitHub tables, for notes and slides) and JSON (for scripts).
public enum CompareFormats {
  /// Markdown: a heading, one table per section (a row per setting or category, a column per
  /// drug), the era notes and the numbered references.
  public static func markdown(_ catalog: Catalog, _ comparison: Comparison) -> String {
    var references = ReferenceList()
    let names = comparison.drugIndexes.map { catalog.drugs[$0].name }
    var out = "## Compare: " + names.map(escape).joined(separator: " · ") + "\n"
    out += summaryMarkdown(catalog, CompareSummary(comparison), names: names, references: &references)
    out += "\n### Details\n"
    for section in comparison.sections {
      out += "\n### \(section.title)\n\n"
      out += "| \(section.title == "Efficacy" ? "Setting" : "Adverse event") | " + names.map(escape).joined(separator: " | ") + " |\n"
      out += "|---|" + String(repeating: "---|", count: names.count) + "\n"
      for row in section.rows {
        var label = escape(row.label)
        if let rule = row.rule {
          label += " (comparable on \(escape(rule.measure)), \(rule.better == .higher ? "highest" : "lowest") leads \(references.key(for: rule.cite)))"
        }
        let cells = row.cells.map { entries -> String in
          guard !entries.isEmpty else { return "not reported" }
          return entries.map { entry in
            let head = (entry.isLeader ? "★ " : "") + "**" + escape(entry.headline) + "**"
            return head + "<br>" + escape(entry.body) + " " + references.key(for: entry.cite)
          }.joined(separator: "<br><br>")
        }
        out += "| " + label + " | " + cells.joined(separator: " | ") + " |\n"
      }
      if !section.eraNote.isEmpty { out += "\n" + MarkdownText.block(section.eraNote) + "\n" }
    }
    if !comparison.ranksAnything {
      out += "\nNo row is declared comparable in this catalogue: these results come from different trials, populations and regimens, so none is ranked above another.\n"
    }
    if !references.ids.isEmpty {
      out += "\n### References\n\n"
      for (index, id) in references.ids.enumerated() {
        let text = catalog.citation(id: id).map(CitationFormatter.reference) ?? id
        out += "\(index + 1). " + MarkdownText.block(text) + "\n"
      }
    }
    return out
  }

  /// `### At a glance`: one table per section, a row per setting or event, a column per drug,
  /// each cell its headline figure (the summary's), then the legend and the headline rule.
  static func summaryMarkdown(
    _ catalog: Catalog, _ summary: CompareSummary, names: [String], references: inout ReferenceList
  ) -> String {
    var out = "\n### At a glance\n"
    for (s, section) in summary.sections.enumerated() {
      out += "\n**\(section.title)** · \(section.count)\n\n"
      out += "| \(section.title == "Efficacy" ? "Setting" : "Adverse event") | " + names.map(escape).joined(separator: " | ") + " |\n"
      out += "|---|" + String(repeating: "---|", count: names.count) + "\n"
      for (r, row) in section.rows.enumerated() {
        let entries = summary.comparison.sections[s].rows[r].cells
        let cells = row.cells.enumerated().map { c, cell -> String in
          guard let index = cell.headline, entries[c].indices.contains(index) else { return "—" }
          let entry = entries[c][index]
          var text = (entry.isLeader ? "★ " : "") + escape(entry.figure)
          if let n = entry.n { text += " · N=\(n)" }
          if let year = entry.year { text += " · " + escape(YearLabel.text(year, in: catalog)) }
          text += " " + references.key(for: entry.cite)
          if cell.count > 1 { text += " +\(cell.count - 1)" }
          return text
        }
        out += "| " + escape(row.label) + " | " + cells.joined(separator: " | ") + " |\n"
      }
    }
    return out + "\n" + MarkdownText.block(CompareSummaryLayout.legend + " " + CompareSummary.rule) + "\n"
  }

  /// The summary's tables alone, then the references they cite (`imid compare --summary --format md`).
  public static func summaryOnlyMarkdown(_ catalog: Catalog, _ comparison: Comparison) -> String {
    var references = ReferenceList()
    let names = comparison.drugIndexes.map { catalog.drugs[$0].name }
    var out = "## Compare: " + names.map(escape).joined(separator: " · ") + "\n"
    out += summaryMarkdown(catalog, CompareSummary(comparison), names: names, references: &references)
    return out + ExportTables.markdownReferences(catalog, references.ids)
  }

  /// Markdown-safe text for inside a line (see `MarkdownText.inline`).
  static func escape(_ text: String) -> String { MarkdownText.inline(text) }

  /// JSON: `{"drugs": [...], "sections": [{"title", "eraNote", "rows": [{"label", "comparable",
  /// "cells": [[{"headline", "body", "year", "later", "leader", "cite"}]]}]}]}`.
  public static func json(_ catalog: Catalog, _ comparison: Comparison) -> String {
    JSONWriter.document(.object([
      JSONMember("drugs", .array(comparison.drugIndexes.map { index in
        let drug = catalog.drugs[index]
        return .object([
          JSONMember("id", .string(drug.id)), JSONMember("name", .string(drug.name)),
          JSONMember("generation", .optional(drug.generation)),
        ])
      })),
      JSONMember("headlineRule", .string(CompareSummary.rule)),
      JSONMember("summary", summaryJSON(catalog, CompareSummary(comparison))),
      JSONMember("sections", .array(comparison.sections.map { section in
        .object([
          JSONMember("title", .string(section.title)),
          JSONMember("eraNote", .string(section.eraNote)),
          JSONMember("rows", .array(section.rows.map { row in
            .object([
              JSONMember("label", .string(row.label)),
              JSONMember("comparable", row.rule.map { rule in
                .object([
                  JSONMember("measure", .string(rule.measure)), JSONMember("better", .string(rule.better.rawValue)),
                  JSONMember("note", .optional(rule.note)), JSONMember("cite", .array(rule.cite.map(JSONValue.string))),
                ])
              } ?? .null),
              JSONMember("cells", .array(row.cells.map { entries in
                .array(entries.map { entry in
                  .object([
                    JSONMember("headline", .string(entry.headline)), JSONMember("body", .string(entry.body)),
                    JSONMember("year", entry.year.map(JSONValue.int) ?? .null),
                    JSONMember("later", .bool(entry.isLater)), JSONMember("leader", .bool(entry.isLeader)),
                    JSONMember("cite", .array(entry.cite.map(JSONValue.string))),
                  ])
                })
              })),
            ])
          })),
        ])
      })),
      JSONMember("citations", .array(sources(comparison).compactMap { id in
        catalog.citation(id: id).map { citation in
          .object([
            JSONMember("id", .string(citation.id)), JSONMember("reference", .string(CitationFormatter.reference(citation))),
            JSONMember("pmid", .optional(citation.pmid)), JSONMember("doi", .optional(citation.doi)),
          ])
        }
      })),
    ]))
  }

  /// The summary as JSON: per section its rows, per row its cells, each the headline entry's
  /// index into the row's `cells` below (`headline`, null when the drug has none), how many
  /// entries it holds, and the figure shown.
  static func summaryJSON(_ catalog: Catalog, _ summary: CompareSummary) -> JSONValue {
    .array(summary.sections.enumerated().map { s, section in
      .object([
        JSONMember("title", .string(section.title)), JSONMember("count", .string(section.count)),
        JSONMember("rows", .array(section.rows.enumerated().map { r, row in
          .object([
            JSONMember("label", .string(row.label)),
            JSONMember("cells", .array(row.cells.enumerated().map { c, cell in
              let entry = cell.headline.flatMap { index in
                summary.comparison.sections[s].rows[r].cells[c].indices.contains(index) ? summary.comparison.sections[s].rows[r].cells[c][index] : nil
              }
              return .object([
                JSONMember("headline", cell.headline.map(JSONValue.int) ?? .null), JSONMember("count", .int(cell.count)),
                JSONMember("figure", .optional(entry?.figure)), JSONMember("n", entry?.n.map(JSONValue.int) ?? .null),
                JSONMember("year", entry?.year.map(JSONValue.int) ?? .null),
                JSONMember("cite", .array((entry?.cite ?? []).map(JSONValue.string))),
              ])
            })),
          ])
        })),
      ])
    })
  }

  /// The sources a comparison cites, numbered as the compare text numbers them: the summary's
  /// headline results first (row by row, drug by drug), then as `CompareLayout` goes: section
  /// by section and row by row, a comparable row's rule first, then each cell's entries, drug
  /// by drug. One walk serves the JSON's `citations` and the compare export's `sources`.
  public static func sources(_ comparison: Comparison) -> [String] {
    var references = summaryReferences(comparison)
    for section in comparison.sections {
      for row in section.rows {
        if let rule = row.rule { _ = references.key(for: rule.cite) }
        for entries in row.cells {
          for entry in entries { _ = references.key(for: entry.cite) }
        }
      }
    }
    return references.ids
  }

  /// The references the summary numbers, in its order (what the details then number on from).
  public static func summaryReferences(_ comparison: Comparison) -> ReferenceList {
    var references = ReferenceList()
    let summary = CompareSummary(comparison)
    for (section, summarySection) in summary.sections.enumerated() {
      let rows = comparison.sections[section].rows
      for (r, row) in summarySection.rows.enumerated() {
        for (c, cell) in row.cells.enumerated() {
          if let index = cell.headline, rows[r].cells[c].indices.contains(index) { _ = references.key(for: rows[r].cells[c][index].cite) }
        }
      }
    }
    return references
  }
}
