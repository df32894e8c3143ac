/// Renders a view in full (every row and column, never clipped to a screen) in one format.
/// Text goes through the same renderers as the screen and `imid` subcommands, so an export
/// says what the browser shows; every format ends with, or consists of, the view's sources.
/// What each view provides lives in its own `ViewExport` type; this only applies the format.
public enum Exporter {
  /// The document for `view` in `format`; text is laid out for `width` cells (ASCII only when asked).
  public static func export(_ catalog: Catalog, _ view: ExportView, format: ExportFormat, width: Int = 80, ascii: Bool = false) -> ExportDocument {
    let source = ascii ? catalog.mappingText(ASCIIText.transliterate) : catalog
    let page = view.exported(from: source)
    var contents: String
    switch format {
    case .text:
      // Line by line into one string: a long view is never held as lines and as text at once.
      contents = ""
      contents.reserveCapacity(page.textCapacity(width: max(20, width)))
      func append(_ line: String) {
        contents += ascii ? ASCIIText.glyphs(line) : line
        contents += "\n"
      }
      if let title = source.title { (TextLines.paragraph(title, width: max(20, width)) + [""]).forEach(append) }
      page.text(width: max(20, width), append)
      if contents.isEmpty { contents = "\n" }
    case .md: contents = page.markdown()
    case .csv: contents = page.csv()
    case .json: contents = page.json()
    case .bibtex, .ris, .cslJSON:
      let citations = page.sources.compactMap { source.citation(id: $0) }
      contents = bibliography(citations, format: format)
      // The summary counts what the file holds; it is the same for every view.
      if ascii { contents = ASCIIText.glyphs(contents) }
      return ExportDocument(contents: contents, summary: "\(citations.count) source\(citations.count == 1 ? "" : "s")")
    }
    if ascii { contents = ASCIIText.glyphs(contents) }
    // The status line names drugs as the catalogue spells them, even in an ASCII export.
    return ExportDocument(contents: contents, summary: (ascii ? view.exported(from: catalog) : page).summary)
  }

  /// The sources a view cites, numbered in the order its text numbers them.
  public static func citationIDs(_ catalog: Catalog, _ view: ExportView) -> [String] {
    view.exported(from: catalog).sources
  }

  /// `citations` in one of the reference formats; any other format gets BibTeX.
  static func bibliography(_ citations: [Citation], format: ExportFormat) -> String {
    switch format {
    case .ris: return RISWriter.document(citations)
    case .cslJSON: return CSLJSONWriter.document(citations)
    default: return BibTeXWriter.document(citations)
    }
  }
}
