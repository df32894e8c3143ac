/// The timeline as a document (as `imid timeline`): the evidence histogram, the dated events
/// with the review's rule, and the sources.
public struct TimelineExport: ViewExport {
  /// The catalogue.
  public let catalog: Catalog
  /// The drug the timeline is filtered to (its events and the class-wide ones), or nil.
  public let drug: Int?

  /// The timeline of `catalog`, for `drug` or for all.
  public init(_ catalog: Catalog, drug: Int? = nil) {
    self.catalog = catalog
    self.drug = drug
  }

  private var shown: [Int] { TimelineDocument.events(catalog, drug: drug) }

  /// "45 events, 1957–2025".
  public var summary: String {
    let dates = shown.map { catalog.events[$0].date.year }
    let span = dates.first.map { first in " \(first)–\(dates.last ?? first)" } ?? ""
    return "\(dates.count) event\(dates.count == 1 ? "" : "s")" + (span.isEmpty ? "" : "," + span)
  }

  /// The events' sources in date order.
  public var sources: [String] {
    var refs = ReferenceList()
    for index in shown { _ = refs.key(for: catalog.events[index].cite) }
    return refs.ids
  }

  /// The page laid out for print, then the numbered references.
  public func text(width: Int) -> [String] { layout(width: width).lines }

  /// The text's lines and the reference list they number.
  public func layout(width: Int) -> (lines: [String], references: ReferenceList) {
    var refs = ReferenceList()
    let document = TimelineDocument.build(catalog, drug: drug, width: width, layout: .print, refs: &refs)
    var lines = TextLines.heading(document.title, width: width)
      + document.plainLines
    if !refs.ids.isEmpty { lines += [""] + refs.render(catalog, width: width) }
    return (lines, refs)
  }

  /// The histogram in a code block, a table of the events (the review's place as a row), and the references.
  public func markdown() -> String {
    var refs = ReferenceList()
    for id in sources { _ = refs.number(for: id) }
    let e = MarkdownText.inline
    var out = "## " + e(TimelineDocument.build(catalog, drug: drug, width: 80, layout: .print, refs: &refs).title) + "\n\n"
    if let histogram = EvidenceHistogram(catalog, from: catalog.events.map(\.date.year).min()) {
      out += "```\n" + histogram.lines(width: 72, mark: TimelineDocument.reviewDate(catalog)?.year).joined(separator: "\n") + "\n```\n\n"
    }
    let reviewDate = TimelineDocument.reviewDate(catalog)
    var ruled = reviewDate == nil
    var rows: [[String]] = []
    let reviewEvent = TimelineDocument.reviewEventIndex(catalog)
    let reviewRow = { (date: EventDate) in ["**\(date.text)**", "", "", "**The review** (above: known to it; below: later)"] }
    for index in shown {
      let event = catalog.events[index]
      if !ruled, let reviewDate, reviewDate < event.date || index == reviewEvent {
        rows.append(reviewRow(reviewDate))
        ruled = true
        if index == reviewEvent { continue }
      }
      let date = event.date.text + (catalog.isLater(event.date.year) ? YearLabel.laterMark : "")
      rows.append([e(date), e(event.kind.rawValue), e(event.drug.flatMap { catalog.drug(id: $0)?.name } ?? "class"),
                   e(event.text + " " + refs.key(for: event.cite))])
    }
    if !ruled, let reviewDate { rows.append(reviewRow(reviewDate)) }
    out += ExportTables.markdownTable(["Date", "Kind", "Drug", "Event"], rows)
    if let later = YearLabel.legend(catalog) { out += "\n" + MarkdownText.block(later) + "\n" }
    return out + ExportTables.markdownReferences(catalog, refs.ids)
  }

  /// One row per event, in date order.
  public func csv() -> String {
    CSVWriter.document(
      header: ["date", "year", "kind", "drug", "event", "after_horizon", "id", "cite"],
      rows: shown.map { index in
        let event = catalog.events[index]
        return [event.date.text, String(event.date.year), event.kind.rawValue, event.drug ?? "", event.text,
                catalog.isLater(event.date.year) ? "yes" : "no", event.id, event.cite.joined(separator: "; ")]
      })
  }

  /// The events, the review's date, the histogram's counts, then the references.
  public func json() -> String {
    let histogram: JSONValue = EvidenceHistogram(catalog, from: catalog.events.map(\.date.year).min()).map { h in
      .object([JSONMember("first", .int(h.years.lowerBound)), JSONMember("last", .int(h.years.upperBound)),
               JSONMember("counts", .array(h.counts.map(JSONValue.int)))])
    } ?? .null
    let events = JSONValue.array(shown.map { index in
      let event = catalog.events[index]
      return .object([JSONMember("id", .string(event.id)), JSONMember("date", .string(event.date.text)),
                      JSONMember("kind", .string(event.kind.rawValue)), JSONMember("drug", .optional(event.drug)),
                      JSONMember("text", .string(event.text)), JSONMember("afterHorizon", .bool(catalog.isLater(event.date.year))),
                      JSONMember("cite", .array(event.cite.map(JSONValue.string)))])
    })
    return ExportTables.json(catalog, view: ExportView.timeline(drug: drug).name, [
      JSONMember("drug", .optional(drug.flatMap { catalog.drugs.indices.contains($0) ? catalog.drugs[$0].id : nil })),
      JSONMember("reviewDate", .optional(TimelineDocument.reviewDate(catalog)?.text)),
      JSONMember("histogram", histogram), JSONMember("events", events),
    ], sources: sources)
  }
}
