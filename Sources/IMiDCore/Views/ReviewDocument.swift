/// The review as pages: the overview (its reference and its claims, each with its status and
/// its evidence counted by stance) and one page per claim (its verdict, then its evidence
/// grouped by stance, each item one line with its year and the after-review mark).
public enum ReviewDocument {
  /// How a page is laid out: on the screen, claim and evidence lines are cut to one line each
  /// (Enter opens them); in print (the command line, exports) they wrap.
  public enum Layout: Sendable { case screen, print }

  /// The note shown when a catalogue names no review.
  public static let noReview = "This catalogue names no review (its top-level \"review\" field), so there are no claims to show."

  /// The overview page.
  public static func overview(_ catalog: Catalog, width: Int, layout: Layout) -> ReaderDocument {
    let width = max(1, width)
    var document = ReaderDocument(title: "Review")
    guard let review = catalog.reviewCitation else {
      document.paragraph(noReview, .dim, width: width)
      return document
    }
    document.title = "Review · " + EvidenceItem.shortReference(review)
    reference(review, into: &document, width: width)
    document.blank()
    let claims = catalog.claims
    guard !claims.isEmpty else {
      document.paragraph("The catalogue lists no claims for this review.", .dim, width: width)
      return document
    }
    let counts = ClaimStatus.allCases.map { status in "\(claims.count { $0.status == status }) \(status.rawValue) \(status.mark)" }
    document.add(TextLines.heading("Claims (\(claims.count)): " + counts.joined(separator: " · "), width: width), .header)
    // Mark, status, since, claim, then the evidence counts (supports/refines/contradicts).
    let countsWidth = 8
    let left = 2 + 11 + 6
    document.add(spans: [
      ReaderDocument.Span(text: TextWidth.truncate(TextWidth.pad("  Status     Since Claim", to: max(0, width - countsWidth)), to: width), style: .dim),
      ReaderDocument.Span(text: width > countsWidth + left ? " s/r/c" : "", style: .dim),
    ])
    for (index, claim) in claims.enumerated() {
      let stance = " \(claim.count(.supports))/\(claim.count(.refines))/\(claim.count(.contradicts))"
      let head = [
        ReaderDocument.Span(text: claim.status.mark + " ", style: style(of: claim.status)),
        ReaderDocument.Span(text: TextWidth.pad(claim.status.rawValue, to: 11), style: style(of: claim.status)),
        ReaderDocument.Span(text: TextWidth.pad(YearLabel.text(claim.since, in: catalog), to: 6), style: catalog.isLater(claim.since) ? .later : .dim),
      ]
      let room = width - left - countsWidth
      guard room >= 10 else {
        document.add(spans: head + [ReaderDocument.Span(text: TextWidth.truncate(claim.text, to: max(0, width - left)), style: .normal)], link: .claim(index))
        continue
      }
      switch layout {
      case .screen:
        let text = TextWidth.pad(TextWidth.truncate(TextSafety.sanitized(claim.text), to: room), to: room)
        document.add(spans: head + [.init(text: text, style: .normal), .init(text: stance, style: .dim)], link: .claim(index))
      case .print:
        let wrapped = TextWrap.lines(TextSafety.sanitized(claim.text), width: room)
        for (row, line) in wrapped.enumerated() {
          let lead = row == 0 ? head : [ReaderDocument.Span(text: String(repeating: " ", count: left), style: .normal)]
          let tail = row == 0 ? [ReaderDocument.Span(text: TextWidth.pad(line, to: room) + stance, style: .normal)] : [.init(text: line, style: .normal)]
          document.add(spans: lead + tail)
        }
      }
    }
    document.blank()
    document.paragraph(legend, .dim, width: width)
    return document
  }

  /// The legend under the claims.
  public static let legend = "✓ held: later evidence bears it out · ~ refined: true in part, or for other reasons · "
    + "✗ overturned · ? open. Since: the year of the evidence that set the status. "
    + "s/r/c: evidence that supports, refines or contradicts the claim."

  /// The page of claim `index`: the claim, its status and verdict, then its evidence by stance.
  /// Source keys (`[3]`) are numbered in `refs`; on the screen the page ends with its sources.
  public static func claim(
    _ catalog: Catalog, index: Int, width: Int, layout: Layout, refs: inout ReferenceList
  ) -> ReaderDocument {
    let width = max(1, width)
    guard catalog.claims.indices.contains(index) else { return ReaderDocument(title: "Claim") }
    let claim = catalog.claims[index]
    var document = ReaderDocument(title: "Review › claim \(index + 1)/\(catalog.claims.count) · \(claim.id)")
    document.add(TextLines.paragraph(claim.text, width: width), .header)
    let status = "\(claim.status.mark) \(claim.status.rawValue) since \(YearLabel.text(claim.since, in: catalog))"
    document.add(TextLines.paragraph(status, width: width), style(of: claim.status))
    document.blank()
    document.paragraph("Verdict: " + claim.verdict + " " + refs.key(for: claim.cite), width: width)
    for stance in Stance.allCases {
      let items = evidence(of: claim, taking: stance, in: catalog)
      guard !items.isEmpty else { continue }
      document.blank()
      document.add(TextLines.heading("\(stance.heading) (\(items.count))", width: width), .header)
      for evidence in items {
        guard let item = EvidenceItem(evidence.ref, in: catalog) else {
          document.add(TextLines.paragraph("(unresolved: \(evidence.ref.text))", width: width), .warning)
          continue
        }
        let year = TextWidth.pad(YearLabel.text(item.year, in: catalog), to: 6)
        let kind = TextWidth.pad(item.kind, to: 9)
        let text = item.label + " " + refs.key(for: item.cite)
        let link = ReaderSubject(evidence.ref, in: catalog)
        let later = catalog.isLater(item.year)
        switch layout {
        case .screen:
          let room = max(0, width - 15)
          document.add(spans: [
            .init(text: year, style: later ? .later : .dim), .init(text: kind, style: .dim),
            .init(text: TextWidth.truncate(TextSafety.sanitized(text), to: room), style: .normal),
          ], link: link)
        case .print:
          let lines = TextLines.hanging(text, width: width, first: year + kind, rest: 15)
          document.add(lines, later ? .later : .normal)
        }
      }
    }
    if layout == .screen { sources(refs.ids, catalog: catalog, into: &document, width: width) }
    return document
  }

  /// The claim's evidence that takes `stance`, in the order every format lists it: oldest
  /// first, undated items last, ties in the catalogue's order.
  public static func evidence(of claim: Claim, taking stance: Stance, in catalog: Catalog) -> [Evidence] {
    let items = claim.evidence.filter { $0.stance == stance }
    let years: [Int] = items.map { EvidenceItem($0.ref, in: catalog)?.year ?? Int.max }
    let order = items.indices.sorted { a, b in years[a] == years[b] ? a < b : years[a] < years[b] }
    return order.map { items[$0] }
  }

  /// The review's reference: authors, title, journal and year, then its identifiers.
  static func reference(_ citation: Citation, into document: inout ReaderDocument, width: Int) {
    let head = [CitationFormatter.authors(citation), citation.title, CitationFormatter.source(citation)]
      .compactMap { $0 }.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }.joined(separator: ". ") + "."
    document.add(TextLines.paragraph(head, width: width), .header)
    var ids: [String] = []
    if let pmid = citation.pmid { ids.append("PMID " + pmid) }
    if let doi = citation.doi { ids.append("doi:" + doi) }
    if !ids.isEmpty { document.add(TextLines.paragraph(ids.joined(separator: " · "), width: width), .key) }
  }

  /// `Sources (n):` and one selectable block per source, each leading to the source in full.
  static func sources(_ ids: [String], catalog: Catalog, into document: inout ReaderDocument, width: Int) {
    guard !ids.isEmpty else { return }
    document.blank()
    document.add(TextLines.paragraph(ids.count == 1 ? "Source:" : "Sources (\(ids.count)):", width: width), .header)
    for (index, id) in ids.enumerated() {
      guard let citation = catalog.citation(id: id) else { continue }
      document.add(SourceBlock.lines(citation, number: index + 1, width: width), .normal, link: .detail(.citation(id)))
    }
  }

  /// The colour role of a status mark.
  static func style(of status: ClaimStatus) -> CellStyle {
    switch status {
    case .held: return .strong
    case .refined: return .later
    case .overturned: return .warning
    case .open: return .dim
    }
  }
}
