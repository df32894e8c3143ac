/// Builds any reader page from its subject: the review and its claims, the timeline, and the
/// pages their items lead to (a drug, a matrix cell or a source as the Citation pane shows it;
/// a result; an event). Every page ends with the sources it cites, each leading to the source.
public enum ReaderPage {
  /// The page for `subject` at `width` cells, laid out for the screen.
  public static func build(_ catalog: Catalog, _ subject: ReaderSubject, width: Int) -> ReaderDocument {
    let width = max(1, width)
    var refs = ReferenceList()
    switch subject {
    case .review:
      return ReviewDocument.overview(catalog, width: width, layout: .screen)
    case .claim(let index):
      return ReviewDocument.claim(catalog, index: index, width: width, layout: .screen, refs: &refs)
    case .timeline(let drug):
      return TimelineDocument.build(catalog, drug: drug, width: width, layout: .screen, refs: &refs)
    case .detail(.drug(let index)):
      return DrugPage.build(catalog, drugIndex: index, width: width, refs: &refs)
    case .detail(let detail):
      return detailPage(catalog, detail, width: width)
    case .search(let query):
      return searchPage(catalog, query, width: width)
    case .efficacy(let index):
      guard catalog.efficacy.indices.contains(index) else { return ReaderDocument(title: "Efficacy") }
      let result = catalog.efficacy[index]
      let drug = catalog.drug(id: result.drug)?.name ?? result.drug
      var document = ReaderDocument(title: "Efficacy · " + drug + (result.study.map { " · " + $0 } ?? ""))
      document.paragraph(drug + (result.setting.map { " · " + $0 } ?? ""), .header, width: width)
      fields([("Study", result.study), ("Design", result.design), ("N", result.n.map(String.init)),
              ("Population", result.population), ("Regimen", result.regimen),
              ("Year", result.year.map { YearLabel.text($0, in: catalog) }), ("Outcome", result.outcome)],
             into: &document, width: width)
      claimsCiting(result.id.map(EvidenceRef.efficacy), catalog: catalog, into: &document, width: width)
      ReviewDocument.sources(result.cite, catalog: catalog, into: &document, width: width)
      return document
    case .safety(let index):
      guard catalog.safety.indices.contains(index) else { return ReaderDocument(title: "Safety") }
      let result = catalog.safety[index]
      let drug = catalog.drug(id: result.drug)?.name ?? result.drug
      var document = ReaderDocument(title: "Safety · " + drug + " · " + result.event)
      document.paragraph(drug + " · " + (result.category.map { $0 + ": " } ?? "") + result.event, .header, width: width)
      fields([("Rate", result.rate), ("Severity", result.severity), ("Study", result.study), ("Context", result.context),
              ("Boxed", result.boxed ? "boxed warning" : nil), ("Year", result.year.map { YearLabel.text($0, in: catalog) })],
             into: &document, width: width)
      claimsCiting(result.id.map(EvidenceRef.safety), catalog: catalog, into: &document, width: width)
      ReviewDocument.sources(result.cite, catalog: catalog, into: &document, width: width)
      return document
    case .event(let index):
      guard catalog.events.indices.contains(index) else { return ReaderDocument(title: "Event") }
      let event = catalog.events[index]
      var document = ReaderDocument(title: "Event · " + event.date.text + " · " + event.kind.rawValue)
      document.paragraph(event.text, .header, width: width)
      let later = catalog.isLater(event.date.year)
      document.paragraph(event.date.text + (later ? YearLabel.laterMark : "") + " · " + event.kind.rawValue, later ? .later : .dim, width: width)
      if let id = event.drug, let d = catalog.drugIndex(id: id) {
        document.blank()
        document.add(TextLines.paragraph("Drug: " + catalog.drugs[d].name, width: width), .normal, link: .detail(.drug(d)))
      }
      claimsCiting(.event(event.id), catalog: catalog, into: &document, width: width)
      ReviewDocument.sources(event.cite, catalog: catalog, into: &document, width: width)
      return document
    }
  }

  /// The matches of a query across the catalogue, grouped, each one line leading to its page.
  static func searchPage(_ catalog: Catalog, _ query: String, width: Int) -> ReaderDocument {
    let matches = CatalogSearch.matches(catalog, query)
    var document = ReaderDocument(title: "Search · “\(query)” · \(matches.count) match\(matches.count == 1 ? "" : "es")")
    guard !matches.isEmpty else {
      document.paragraph("Nothing in the catalogue matches “\(query)” (case, accents and Greek letters ignored: alpha finds α).",
                         .dim, width: width)
      return document
    }
    var group = ""
    for match in matches {
      if match.group != group {
        group = match.group
        document.blank()
        let count = matches.count { $0.group == group }
        document.add(TextLines.heading("\(group) (\(count))", width: width), .header)
      }
      document.add(spans: highlighted(TextWidth.truncate(TextSafety.sanitized(match.label), to: width), query), link: match.subject)
    }
    return document
  }

  /// `line` with the first place it spells `query` (ignoring case) in the key style; as it is
  /// when the match is only there once folded (`alpha` for `α`).
  static func highlighted(_ line: String, _ query: String) -> [ReaderDocument.Span] {
    let needle = Array(query.lowercased()), lower = Array(line.lowercased()), characters = Array(line)
    guard !needle.isEmpty, lower.count == characters.count, needle.count <= lower.count,
      let start = (0...(lower.count - needle.count)).first(where: { lower[$0..<($0 + needle.count)].elementsEqual(needle) })
    else { return [.init(text: line, style: .normal)] }
    let end = start + needle.count
    return [.init(text: String(characters[..<start]), style: .normal), .init(text: String(characters[start..<end]), style: .key),
            .init(text: String(characters[end...]), style: .normal)]
  }

  /// What the Citation pane shows for `detail`, with each listed source leading to itself.
  static func detailPage(_ catalog: Catalog, _ detail: DetailSubject, width: Int) -> ReaderDocument {
    let source = DetailDocument.build(catalog, subject: detail, width: width)
    var title = "Citation"
    switch detail {
    case .drug(let d) where catalog.drugs.indices.contains(d): title = catalog.drugs[d].name
    case .cell(let d, let m) where catalog.drugs.indices.contains(d) && catalog.mechanisms.indices.contains(m):
      title = catalog.drugs[d].name + " × " + catalog.mechanisms[m].name
    case .citation(let id): title = catalog.citation(id: id).map(EvidenceItem.shortReference) ?? id
    default: break
    }
    var document = ReaderDocument(title: title)
    var index = 0
    while index < source.lines.count {
      let line = source.lines[index]
      guard let number = line.source, source.sourceIDs.indices.contains(number) else {
        document.add([line.text], line.style)
        index += 1
        continue
      }
      let range = source.lineRange(ofSource: number)
      document.add(source.lines[range].map(\.text), line.style, link: .detail(.citation(source.sourceIDs[number])))
      index = max(index + 1, range.upperBound)
    }
    return document
  }

  /// `Label: value` lines with the values aligned, for the fields that are set.
  static func fields(_ pairs: [(String, String?)], into document: inout ReaderDocument, width: Int) {
    document.blank()
    for case let (label, value?) in pairs {
      document.add(TextLines.hanging(value, width: width, first: label + ":", rest: 12))
    }
  }

  /// `Evidence for:` and the claims whose evidence names `ref`, each leading to its claim.
  static func claimsCiting(_ ref: EvidenceRef?, catalog: Catalog, into document: inout ReaderDocument, width: Int) {
    guard let ref else { return }
    let claims = catalog.claims.indices.filter { catalog.claims[$0].evidence.contains { $0.ref == ref } }
    guard !claims.isEmpty else { return }
    document.blank()
    document.add(TextLines.paragraph("Evidence for \(claims.count == 1 ? "a claim" : "\(claims.count) claims") of the review:", width: width), .header)
    for index in claims {
      let claim = catalog.claims[index]
      let stance = claim.evidence.first { $0.ref == ref }?.stance.rawValue ?? ""
      document.add(TextLines.hanging("\(claim.text) (\(stance); the claim is \(claim.status.rawValue))", width: width,
                                     first: claim.status.mark, rest: 2), .normal, link: .claim(index))
    }
  }
}
