/// The timeline: the catalogue's dated events in date order, with the review's own date as a
/// labelled rule (what came before it was known to it; what came after, marked †, was not),
/// under a histogram of the evidence per year. Filtered to one drug, it keeps that drug's
/// events and the class-wide ones (events that name no drug).
public enum TimelineDocument {
  /// The events shown for `drug` (all when nil), in date order (file order within a date).
  public static func events(_ catalog: Catalog, drug: Int?) -> [Int] {
    let id = drug.flatMap { catalog.drugs.indices.contains($0) ? catalog.drugs[$0].id : nil }
    let shown = catalog.events.indices.filter { index in
      guard let id else { return true }
      return catalog.events[index].drug.map { $0 == id } ?? true
    }
    return shown.enumerated().sorted { a, b in
      let (x, y) = (catalog.events[a.element].date, catalog.events[b.element].date)
      return x == y ? a.offset < b.offset : x < y
    }.map(\.element)
  }

  /// The review's date: that of the event citing the review, else the review's year.
  public static func reviewDate(_ catalog: Catalog) -> EventDate? {
    guard let review = catalog.reviewCitation else { return nil }
    if let event = catalog.events.first(where: { $0.cite.contains(review.id) }) { return event.date }
    return EventDate(year: review.year)
  }

  /// The page for `drug` (all drugs when nil) at `width`; event lines are cut to one line on
  /// the screen and wrap in print. Source keys are numbered in `refs`.
  public static func build(
    _ catalog: Catalog, drug: Int?, width: Int, layout: ReviewDocument.Layout, refs: inout ReferenceList
  ) -> ReaderDocument {
    let width = max(1, width)
    let shown = events(catalog, drug: drug)
    let name = drug.flatMap { catalog.drugs.indices.contains($0) ? catalog.drugs[$0].name : nil }
    var document = ReaderDocument(title: "Timeline" + (name.map { " · \($0) and class-wide events" } ?? "")
      + " · \(shown.count) event\(shown.count == 1 ? "" : "s")" + (layout == .screen ? " · d: by drug" : ""))
    let reviewDate = reviewDate(catalog)
    if let histogram = EvidenceHistogram(catalog, from: catalog.events.map(\.date.year).min()) {
      let lines = histogram.lines(width: width, mark: reviewDate?.year)
      document.add(Array(lines.prefix(lines.count - 4)), .dim)
      document.add(Array(lines.suffix(4).prefix(3)), .key)
      document.add(Array(lines.suffix(1)), .dim)
    }
    guard !shown.isEmpty else {
      document.paragraph(catalog.events.isEmpty ? "The catalogue lists no events." : "No events for \(name ?? "this drug").", .dim, width: width)
      return document
    }
    let wide = width >= 100
    let dateWidth = 12, kindWidth = wide ? 13 : 0, drugWidth = 14
    let left = dateWidth + kindWidth + drugWidth
    var ruled = reviewDate == nil
    let reviewEvent = reviewEventIndex(catalog)
    for index in shown {
      let event = catalog.events[index]
      if !ruled, let reviewDate, reviewDate < event.date {
        rule(catalog, reviewDate, into: &document, width: width)
        ruled = true
      }
      // The review's own event is the rule: one line that says both, and opens the event.
      if !ruled, index == reviewEvent, let reviewDate {
        rule(catalog, reviewDate, into: &document, width: width, key: refs.key(for: event.cite), link: .event(index))
        ruled = true
        continue
      }
      let later = catalog.isLater(event.date.year)
      let date = TextWidth.pad(event.date.text + (later ? YearLabel.laterMark : ""), to: dateWidth)
      let kind = wide ? TextWidth.pad(event.kind.rawValue, to: kindWidth) : ""
      let drugName = event.drug.flatMap { catalog.drug(id: $0)?.name } ?? "class"
      let who = TextWidth.pad(TextWidth.truncate(drugName, to: drugWidth - 2), to: drugWidth)
      let text = event.text + " " + refs.key(for: event.cite)
      switch layout {
      case .screen:
        let room = max(0, width - left)
        document.add(spans: [
          .init(text: date, style: later ? .later : .normal), .init(text: kind, style: .dim),
          .init(text: who, style: .dim), .init(text: TextWidth.truncate(TextSafety.sanitized(text), to: room), style: .normal),
        ], link: .event(index))
      case .print:
        let lines = TextLines.hanging(text, width: width, first: date + kind + who, rest: left)
        document.add(lines, later ? .later : .normal)
      }
    }
    if !ruled, let reviewDate { rule(catalog, reviewDate, into: &document, width: width) }
    if let legend = YearLabel.legend(catalog) {
      document.blank()
      document.paragraph(legend, .dim, width: width)
    }
    return document
  }

  /// `── 2004-12 · review: Galustian C et al. [18] · known above, later (†) below ────`
  /// The event that stands for the review's publication (the first that cites it), if any.
  public static func reviewEventIndex(_ catalog: Catalog) -> Int? {
    guard let review = catalog.review else { return nil }
    return catalog.events.firstIndex { $0.cite.contains(review) }
  }

  static func rule(
    _ catalog: Catalog, _ date: EventDate, into document: inout ReaderDocument, width: Int, key: String = "",
    link: ReaderSubject? = nil
  ) {
    let who = catalog.reviewCitation.map { citation in
      (citation.authors.first.map { $0 + (citation.authors.count > 1 ? " et al." : "") } ?? citation.title)
    } ?? ""
    let label = "── \(date.text) · review: \(who)\(key.isEmpty ? "" : " " + key) · known above, later (\(YearLabel.laterMark)) below "
    let line = TextWidth.truncate(label, to: width)
    let fill = String(repeating: "─", count: max(0, width - TextWidth.cells(of: line)))
    document.add([line + fill], .header, link: link)
  }
}
