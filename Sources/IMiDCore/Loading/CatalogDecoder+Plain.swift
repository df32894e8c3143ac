/// The large tables' entries read straight from the bytes when they have the common shape
/// (`EntryReader`): the same entries `decodeDrug`, `decodeEffect`, … build, with no `JSONValue`
/// in between. Each returns nil, having recorded nothing, for any entry it does not fully
/// accept (an approval, a measure, a kind it does not know, text it would have to check
/// further, a problem): the caller then decodes that entry the general way, which reports it.
/// A field here is accepted only where the general decoder accepts it without a message.
extension CatalogDecoder {
  private static let drugKeys = EntryReader.Keys([
    "id", "name", "codes", "brands", "generation", "summary", "formula", "molarMass", "cas", "atc", "cite", "approvals",
    "firstMarketed"])
  private static let mechanismKeys = EntryReader.Keys(["id", "name", "short", "summary", "year", "cite"])
  private static let approvalKeys = EntryReader.Keys(["year", "date", "region", "indication", "cite"])
  private static let marketingKeys = EntryReader.Keys(["year", "date", "region", "brand", "cite"])
  private static let effectKeys = EntryReader.Keys(["drug", "mechanism", "grade", "note", "year", "cite", "level"])
  private static let efficacyKeys = EntryReader.Keys([
    "id", "drug", "outcome", "cite", "study", "design", "n", "population", "setting", "regimen", "year"])
  private static let safetyKeys = EntryReader.Keys([
    "id", "drug", "event", "cite", "category", "rate", "severity", "context", "study", "boxed", "year"])
  private static let citationKeys = EntryReader.Keys([
    "id", "title", "year", "authors", "journal", "volume", "issue", "pages", "publisher", "summary", "kind",
    "pmid", "pmcid", "doi"])
  private static let eventKeys = EntryReader.Keys(["id", "date", "kind", "drug", "text", "cite"])
  private static let claimKeys = EntryReader.Keys(["id", "text", "status", "verdict", "since", "evidence", "cite"])
  private static let evidenceKeys = EntryReader.Keys(["ref", "stance"])

  /// A drug of the common shape, or nil.
  func plainDrug(_ reader: inout EntryReader) -> Drug? {
    var drug = Drug(id: "", name: "")
    var seen: UInt64 = 0
    guard reader.enterObject() else { return nil }
    while let key = reader.nextKey(Self.drugKeys, seen: &seen) {
      switch key {
      case -1: return seen & 0b11 == 0b11 ? drug : nil
      case 0: guard let s = reader.text(nonEmpty: true) else { return nil }; drug.id = s
      case 1: guard let s = reader.text(nonEmpty: true) else { return nil }; drug.name = s
      case 2: guard let s = reader.texts() else { return nil }; drug.codes = s
      case 3: guard let s = reader.texts() else { return nil }; drug.brands = s
      case 4: guard let s = shown(&reader, { $0.text() }) else { return nil }; drug.generation = s
      case 5: guard let s = shown(&reader, { $0.text() }) else { return nil }; drug.summary = s
      case 6: guard let s = shown(&reader, { $0.text() }) else { return nil }; drug.formula = s
      case 7: guard let s = shown(&reader, { $0.text() }) else { return nil }; drug.molarMass = s
      case 8: guard let s = shown(&reader, { $0.text() }) else { return nil }; drug.cas = s
      case 9: guard let s = shown(&reader, { $0.text() }) else { return nil }; drug.atc = s
      case 10: guard let s = plainCites(&reader, required: false) else { return nil }; drug.cite = s
      case 11: guard let approvals = reader.elements({ plainApproval(&$0) }) else { return nil }; drug.approvals = approvals
      default: guard let marketing = plainFirstMarketing(&reader) else { return nil }; drug.firstMarketed = marketing
      }
    }
    return nil
  }

  /// A mechanism of the common shape, or nil. Mechanisms are kept whole, so all their text is built.
  func plainMechanism(_ reader: inout EntryReader) -> Mechanism? {
    var mechanism = Mechanism(id: "", name: "")
    var seen: UInt64 = 0
    guard reader.enterObject() else { return nil }
    while let key = reader.nextKey(Self.mechanismKeys, seen: &seen) {
      switch key {
      case -1: return seen & 0b11 == 0b11 ? mechanism : nil
      case 0: guard let s = reader.text(nonEmpty: true) else { return nil }; mechanism.id = s
      case 1: guard let s = reader.text(nonEmpty: true) else { return nil }; mechanism.name = s
      case 2: guard let s = reader.text(nonEmpty: true) else { return nil }; mechanism.short = s
      case 3: guard let s = reader.text() else { return nil }; mechanism.summary = s
      case 4: guard let y = reader.integer(in: Self.earliestYear...latestYear) else { return nil }; mechanism.year = y
      default: guard let s = plainCites(&reader, required: false) else { return nil }; mechanism.cite = s
      }
    }
    return nil
  }

  /// An approval as `decodeApproval` accepts it without a message, or nil.
  private func plainApproval(_ reader: inout EntryReader) -> Approval? {
    guard let dated = plainDated(&reader, Self.approvalKeys, citeRequired: false) else { return nil }
    var approval = Approval(year: dated.year)
    (approval.date, approval.region, approval.indication, approval.cite) = (dated.date, dated.region, dated.detail, dated.cite)
    return approval
  }

  /// A first marketing as `decodeFirstMarketing` accepts it without a message, or nil.
  private func plainFirstMarketing(_ reader: inout EntryReader) -> FirstMarketing? {
    guard let dated = plainDated(&reader, Self.marketingKeys, citeRequired: true) else { return nil }
    var marketing = FirstMarketing(year: dated.year)
    (marketing.date, marketing.region, marketing.brand, marketing.cite) = (dated.date, dated.region, dated.detail, dated.cite)
    return marketing
  }

  /// What an approval and a first marketing both are: a year (required), a date in that year,
  /// a region, one more text (`keys[3]`: the indication, the brand) and sources (`citeRequired`:
  /// at least one, and then the key is required too).
  private func plainDated(_ reader: inout EntryReader, _ keys: EntryReader.Keys, citeRequired: Bool)
    -> (year: Int, date: String?, region: String?, detail: String?, cite: [String])?
  {
    var dated: (year: Int, date: String?, region: String?, detail: String?, cite: [String]) = (0, nil, nil, nil, [])
    var seen: UInt64 = 0
    guard reader.enterObject() else { return nil }
    while let key = reader.nextKey(keys, seen: &seen) {
      switch key {
      case -1:
        let required: UInt64 = citeRequired ? 0b10001 : 0b1
        guard seen & required == required, dated.date.map({ Self.isDate($0, year: dated.year) }) ?? true else { return nil }
        return dated
      case 0: guard let y = reader.integer(in: Self.earliestYear...latestYear) else { return nil }; dated.year = y
      case 1: guard let s = reader.text() else { return nil }; dated.date = s
      case 2: guard let s = reader.text() else { return nil }; dated.region = s
      case 3: guard let s = reader.text() else { return nil }; dated.detail = s
      default: guard let s = plainCites(&reader, required: citeRequired) else { return nil }; dated.cite = s
      }
    }
    return nil
  }

  /// An effect of the common shape, or nil.
  func plainEffect(_ reader: inout EntryReader) -> Effect? {
    var effect = Effect(drug: "", mechanism: "", grade: .none, cite: [])
    var seen: UInt64 = 0
    guard reader.enterObject() else { return nil }
    while let key = reader.nextKey(Self.effectKeys, seen: &seen) {
      switch key {
      case -1: return seen & 0b100111 == 0b100111 ? effect : nil
      case 0: guard let s = plainReference(&reader, in: drugIDs) else { return nil }; effect.drug = s
      case 1: guard let s = plainReference(&reader, in: mechanismIDs) else { return nil }; effect.mechanism = s
      case 2: guard let g = reader.integer(in: 0...3).flatMap(Grade.init(rawValue:)) else { return nil }; effect.grade = g
      case 3: guard let s = shown(&reader, { $0.text() }) else { return nil }; effect.note = s
      case 4: guard let y = reader.integer(in: Self.earliestYear...latestYear) else { return nil }; effect.year = y
      case 5: guard let s = plainCites(&reader, required: true) else { return nil }; effect.cite = s
      default: guard let s = reader.text(), let level = EvidenceLevel(rawValue: s) else { return nil }; effect.level = level
      }
    }
    return nil
  }

  /// An efficacy result of the common shape (no measure), or nil.
  func plainEfficacy(_ reader: inout EntryReader) -> EfficacyResult? {
    var result = EfficacyResult(drug: "", outcome: "", cite: [])
    var seen: UInt64 = 0
    guard reader.enterObject() else { return nil }
    while let key = reader.nextKey(Self.efficacyKeys, seen: &seen) {
      switch key {
      case -1: return seen & 0b1110 == 0b1110 ? result : nil
      case 0: guard let s = reader.text(nonEmpty: true) else { return nil }; result.id = s
      case 1: guard let s = plainReference(&reader, in: drugIDs) else { return nil }; result.drug = s
      case 2: guard let s = shown(&reader, { $0.text(nonEmpty: true) }) else { return nil }; result.outcome = s
      case 3: guard let s = plainCites(&reader, required: true) else { return nil }; result.cite = s
      case 4: guard let s = shown(&reader, { $0.text() }) else { return nil }; result.study = s
      case 5: guard let s = shown(&reader, { $0.text() }) else { return nil }; result.design = s
      case 6: guard let n = reader.integer(in: 0...100_000_000) else { return nil }; result.n = n
      case 7: guard let s = shown(&reader, { $0.text() }) else { return nil }; result.population = s
      case 8: guard let s = shown(&reader, { $0.text(nonEmpty: true) }) else { return nil }; result.setting = s
      case 9: guard let s = shown(&reader, { $0.text() }) else { return nil }; result.regimen = s
      default: guard let y = reader.integer(in: Self.earliestYear...latestYear) else { return nil }; result.year = y
      }
    }
    return nil
  }

  /// A safety result of the common shape (no measure), or nil.
  func plainSafety(_ reader: inout EntryReader) -> SafetyResult? {
    var result = SafetyResult(drug: "", event: "", cite: [])
    var seen: UInt64 = 0
    guard reader.enterObject() else { return nil }
    while let key = reader.nextKey(Self.safetyKeys, seen: &seen) {
      switch key {
      case -1: return seen & 0b1110 == 0b1110 ? result : nil
      case 0: guard let s = reader.text(nonEmpty: true) else { return nil }; result.id = s
      case 1: guard let s = plainReference(&reader, in: drugIDs) else { return nil }; result.drug = s
      case 2: guard let s = shown(&reader, { $0.text(nonEmpty: true) }) else { return nil }; result.event = s
      case 3: guard let s = plainCites(&reader, required: true) else { return nil }; result.cite = s
      case 4: guard let s = shown(&reader, { $0.text(nonEmpty: true) }) else { return nil }; result.category = s
      case 5: guard let s = shown(&reader, { $0.text() }) else { return nil }; result.rate = s
      case 6: guard let s = shown(&reader, { $0.text() }) else { return nil }; result.severity = s
      case 7: guard let s = shown(&reader, { $0.text() }) else { return nil }; result.context = s
      case 8: guard let s = shown(&reader, { $0.text() }) else { return nil }; result.study = s
      case 9: guard let b = reader.boolean() else { return nil }; result.boxed = b
      default: guard let y = reader.integer(in: Self.earliestYear...latestYear) else { return nil }; result.year = y
      }
    }
    return nil
  }

  /// A citation of the common shape, or nil; the identifiers' forms and the kind are checked
  /// as `decodeCitation` checks them.
  func plainCitation(_ reader: inout EntryReader) -> Citation? {
    var citation = Citation(id: "", title: "", year: 0)
    var seen: UInt64 = 0
    guard reader.enterObject() else { return nil }
    while let key = reader.nextKey(Self.citationKeys, seen: &seen) {
      switch key {
      case -1: return seen & 0b111 == 0b111 ? citation : nil
      case 0: guard let s = reader.text(nonEmpty: true) else { return nil }; citation.id = s
      case 1: guard let s = shown(&reader, { $0.text(nonEmpty: true) }) else { return nil }; citation.title = s
      case 2: guard let y = reader.integer(in: Self.earliestYear...latestYear) else { return nil }; citation.year = y
      case 3: guard let s = shown(&reader, { $0.texts() }) else { return nil }; citation.authors = s
      case 4: guard let s = shown(&reader, { $0.text() }) else { return nil }; citation.journal = s
      case 5: guard let s = shown(&reader, { $0.text() }) else { return nil }; citation.volume = s
      case 6: guard let s = shown(&reader, { $0.text() }) else { return nil }; citation.issue = s
      case 7: guard let s = shown(&reader, { $0.text() }) else { return nil }; citation.pages = s
      case 8: guard let s = shown(&reader, { $0.text() }) else { return nil }; citation.publisher = s
      case 9: guard let s = shown(&reader, { $0.text() }) else { return nil }; citation.summary = s
      case 10: guard let s = reader.text(), Self.citationKinds.contains(s) else { return nil }; citation.kind = s
      case 11:
        guard let s = reader.text(), !s.isEmpty, s.utf8.count <= 10, s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })
        else { return nil }
        citation.pmid = s
      case 12:
        guard let s = reader.text(), s.hasPrefix("PMC"), s.utf8.count > 3,
          s.utf8.dropFirst(3).allSatisfy({ $0 >= 48 && $0 <= 57 })
        else { return nil }
        citation.pmcid = s
      default:
        guard let s = reader.text(), s.hasPrefix("10."), s.contains("/"), !s.contains(" ") else { return nil }
        citation.doi = s
      }
    }
    return nil
  }

  /// A timeline event of the common shape, or nil. Events are kept whole, so all their text is built.
  func plainEvent(_ reader: inout EntryReader) -> TimelineEvent? {
    var event = TimelineEvent(id: "", date: EventDate(year: 0), kind: .marketing, text: "", cite: [])
    var seen: UInt64 = 0
    guard reader.enterObject() else { return nil }
    while let key = reader.nextKey(Self.eventKeys, seen: &seen) {
      switch key {
      case -1: return seen & 0b110111 == 0b110111 ? event : nil
      case 0: guard let s = reader.text(nonEmpty: true) else { return nil }; event.id = s
      case 1:
        guard let s = reader.text(), let date = EventDate(s), (Self.earliestYear...latestYear).contains(date.year)
        else { return nil }
        event.date = date
      case 2: guard let s = reader.text(), let kind = EventKind(rawValue: s) else { return nil }; event.kind = kind
      case 3: guard let s = plainReference(&reader, in: drugIDs) else { return nil }; event.drug = s
      case 4: guard let s = reader.text(nonEmpty: true) else { return nil }; event.text = s
      default: guard let s = plainCites(&reader, required: true) else { return nil }; event.cite = s
      }
    }
    return nil
  }

  /// A claim of the common shape, or nil; each piece of evidence is checked as `evidenceRef`
  /// checks it. Claims are kept whole, so all their text is built.
  func plainClaim(_ reader: inout EntryReader) -> Claim? {
    var claim = Claim(id: "", text: "", status: .open, verdict: "", since: 0, evidence: [], cite: [])
    var seen: UInt64 = 0
    guard reader.enterObject() else { return nil }
    while let key = reader.nextKey(Self.claimKeys, seen: &seen) {
      switch key {
      case -1: return seen == 0b1111111 ? claim : nil
      case 0: guard let s = reader.text(nonEmpty: true) else { return nil }; claim.id = s
      case 1: guard let s = reader.text(nonEmpty: true) else { return nil }; claim.text = s
      case 2: guard let s = reader.text(), let status = ClaimStatus(rawValue: s) else { return nil }; claim.status = status
      case 3: guard let s = reader.text(nonEmpty: true) else { return nil }; claim.verdict = s
      case 4: guard let y = reader.integer(in: Self.earliestYear...latestYear) else { return nil }; claim.since = y
      case 5:
        guard let evidence = reader.elements({ plainEvidence(&$0) }), !evidence.isEmpty else { return nil }
        claim.evidence = evidence
      default: guard let s = plainCites(&reader, required: true) else { return nil }; claim.cite = s
      }
    }
    return nil
  }

  /// One piece of a claim's evidence, `{"ref": "kind:key", "stance": …}`, or nil.
  private func plainEvidence(_ reader: inout EntryReader) -> Evidence? {
    var ref: EvidenceRef?, stance: Stance?
    var seen: UInt64 = 0
    guard reader.enterObject() else { return nil }
    while let key = reader.nextKey(Self.evidenceKeys, seen: &seen) {
      switch key {
      case -1:
        guard let ref, let stance else { return nil }
        return Evidence(ref: ref, stance: stance)
      case 0:
        guard let s = reader.text(nonEmpty: true), let parsed = EvidenceRef(s), !checksReferences || problem(with: parsed) == nil
        else { return nil }
        ref = parsed
      default: guard let s = reader.text(), let parsed = Stance(rawValue: s) else { return nil }; stance = parsed
      }
    }
    return nil
  }

  /// Text that is only shown, never indexed (a summary, a note, a title), read by `read`:
  /// checked as always, but built only when `keepsShownText`. While a catalogue is loaded its
  /// entries are indexed and dropped, and building these was a quarter of reading them.
  private func shown<Text>(_ reader: inout EntryReader, _ read: (inout EntryReader) -> Text?) -> Text? {
    reader.keepsText = keepsShownText
    defer { reader.keepsText = true }
    return read(&reader)
  }

  /// The id of an entry of another table, as `reference` accepts it without a message.
  private func plainReference(_ reader: inout EntryReader, in ids: IDMap) -> String? {
    guard let id = reader.text(nonEmpty: true), !checksReferences || ids[id] != nil else { return nil }
    return id
  }

  /// Citation ids, as `cites` accepts them without a message.
  private func plainCites(_ reader: inout EntryReader, required: Bool) -> [String]? {
    guard let ids = reader.texts(nonEmpty: true), !(required && ids.isEmpty) else { return nil }
    if checksReferences {
      for id in ids where citationIDs[id] == nil { return nil }
    }
    return ids
  }
}
