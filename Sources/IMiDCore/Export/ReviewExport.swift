/// The review as a document (as `imid review`): its reference, its claims with their status,
/// then each claim in full with its verdict and evidence by stance, and the sources.
public struct ReviewExport: ViewExport {
  /// The catalogue whose review this is.
  public let catalog: Catalog

  /// The review of `catalog`.
  public init(_ catalog: Catalog) { self.catalog = catalog }

  /// "9 claims of the review".
  public var summary: String {
    catalog.reviewCitation == nil ? "no review" : "\(catalog.claims.count) claim\(catalog.claims.count == 1 ? "" : "s") of the review"
  }

  /// The review itself, then each claim's verdict sources and evidence sources in page order.
  public var sources: [String] {
    guard let review = catalog.reviewCitation else { return [] }
    var refs = ReferenceList()
    _ = refs.number(for: review.id)
    for claim in catalog.claims {
      _ = refs.key(for: claim.cite)
      for stance in Stance.allCases {
        for evidence in ReviewDocument.evidence(of: claim, taking: stance, in: catalog) {
          if let item = EvidenceItem(evidence.ref, in: catalog) { _ = refs.key(for: item.cite) }
        }
      }
    }
    return refs.ids
  }

  /// The overview, every claim in full, and the numbered references.
  public func text(width: Int) -> [String] { layout(width: width).lines }

  /// The text's lines and the reference list they number (the review is [1]).
  public func layout(width: Int) -> (lines: [String], references: ReferenceList) {
    var lines = ReviewDocument.overview(catalog, width: width, layout: .print).plainLines
    var refs = ReferenceList()
    guard let review = catalog.reviewCitation else { return (lines, refs) }
    _ = refs.number(for: review.id)
    for index in catalog.claims.indices {
      lines += ["", ""]
      let claim = ReviewDocument.claim(catalog, index: index, width: width, layout: .print, refs: &refs)
      lines += TextLines.heading("Claim \(index + 1) · \(catalog.claims[index].id)", width: width)
      lines += claim.plainLines
    }
    if !refs.ids.isEmpty { lines += [""] + refs.render(catalog, width: width) }
    return (lines, refs)
  }

  /// The reference, a table of the claims, a section per claim, and the references.
  public func markdown() -> String {
    var out = MarkdownBuilder()
    out.heading(2, "The review and how its claims have held up")
    guard let review = catalog.reviewCitation else {
      out.paragraph(ReviewDocument.noReview)
      return out.text
    }
    var refs = ReferenceList()
    for id in sources { _ = refs.number(for: id) }
    out.paragraph(CitationFormatter.reference(review))
    let e = MarkdownText.inline
    var text = out.text
    if !catalog.claims.isEmpty {
      text += "\n" + ExportTables.markdownTable(["", "Status", "Since", "Claim", "Supports", "Refines", "Contradicts"],
        catalog.claims.map { c in
          [e(c.status.mark), e(c.status.rawValue), e(YearLabel.text(c.since, in: catalog)), e(c.text),
           String(c.count(.supports)), String(c.count(.refines)), String(c.count(.contradicts))]
        })
    }
    var body = MarkdownBuilder()
    for (index, claim) in catalog.claims.enumerated() {
      body.heading(3, "\(index + 1). \(claim.text)")
      body.paragraph("**\(claim.status.mark) \(claim.status.rawValue)** since \(YearLabel.text(claim.since, in: catalog)). "
        + claim.verdict + " " + refs.key(for: claim.cite))
      for stance in Stance.allCases {
        let items = ReviewDocument.evidence(of: claim, taking: stance, in: catalog).compactMap { EvidenceItem($0.ref, in: catalog) }
        guard !items.isEmpty else { continue }
        body.paragraph("*\(stance.heading)*")
        body.bullets(items.map { "\(YearLabel.text($0.year, in: catalog)) · \($0.kind): \($0.label) \(refs.key(for: $0.cite))" })
      }
    }
    if !body.text.isEmpty { text += "\n" + body.text }
    text += "\n" + MarkdownText.block(ReviewDocument.legend) + "\n"
    if let later = YearLabel.legend(catalog) { text += "\n" + MarkdownText.block(later) + "\n" }
    return text + ExportTables.markdownReferences(catalog, refs.ids)
  }

  /// One row per piece of evidence: the claim, its status, the stance and the item.
  public func csv() -> String {
    CSVWriter.document(
      header: ["claim", "status", "since", "claim_text", "stance", "ref", "kind", "year", "item", "cite"],
      rows: catalog.claims.flatMap { claim in
        claim.evidence.map { evidence in
          let item = EvidenceItem(evidence.ref, in: catalog)
          return [claim.id, claim.status.rawValue, String(claim.since), claim.text, evidence.stance.rawValue, evidence.ref.text,
                  item?.kind ?? "", item?.year.map(String.init) ?? "", item?.label ?? "", (item?.cite ?? []).joined(separator: "; ")]
        }
      })
  }

  /// The review's reference and every claim with its evidence resolved, then the references.
  public func json() -> String {
    let review: JSONValue = catalog.reviewCitation.map { c in
      .object([JSONMember("id", .string(c.id)), JSONMember("reference", .string(CitationFormatter.reference(c))),
               JSONMember("pmid", .optional(c.pmid)), JSONMember("doi", .optional(c.doi))])
    } ?? .null
    let claims = JSONValue.array(catalog.claims.map { claim in
      .object([
        JSONMember("id", .string(claim.id)), JSONMember("text", .string(claim.text)),
        JSONMember("status", .string(claim.status.rawValue)), JSONMember("since", .int(claim.since)),
        JSONMember("verdict", .string(claim.verdict)),
        JSONMember("evidence", .array(claim.evidence.map { evidence in
          let item = EvidenceItem(evidence.ref, in: catalog)
          return .object([JSONMember("ref", .string(evidence.ref.text)), JSONMember("stance", .string(evidence.stance.rawValue)),
                          JSONMember("kind", .optional(item?.kind)), JSONMember("year", item?.year.map(JSONValue.int) ?? .null),
                          JSONMember("label", .optional(item?.label)),
                          JSONMember("afterHorizon", .bool(catalog.isLater(item?.year)))])
        })),
        JSONMember("cite", .array(claim.cite.map(JSONValue.string))),
      ])
    })
    return ExportTables.json(catalog, view: ExportView.review.name, [JSONMember("review", review), JSONMember("claims", claims)],
                             sources: sources)
  }
}
