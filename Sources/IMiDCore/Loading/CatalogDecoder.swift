/// Turns a parsed JSON tree into a `Catalog`, checking every rule of docs/catalog-format.md and
/// recording every problem with its JSON path. Paths are built only when a problem is found, and
/// ids are looked up in sets built once, so decoding stays linear in the size of the file.
struct CatalogDecoder {
  let source: String
  let latestYear: Int
  static let earliestYear = 1800
  static let citationKinds: Set<String> = ["article", "review", "abstract", "label", "news", "web", "registry"]

  private(set) var diagnostics: [Diagnostic] = []
  /// The catalogue's index, built as the tables are read.
  private var index = CatalogIndex.Builder()
  private var search = DrugSearchIndex.Builder()
  /// The file's bytes, which a loaded catalogue keeps and reads its entries back from.
  private let bytes: [UInt8]
  /// Off for a preview, which decodes drugs before the tables they refer to are read.
  var checksReferences = true
  /// Set when reading an entry back from a file this decoder type already validated whole:
  /// text is not checked again (the bytes cannot have changed; renderers sanitize anyway).
  var readsValidatedEntries = false
  private var citationIDs: Set<String> = []
  private var drugIDs: Set<String> = []
  private var mechanismIDs: Set<String> = []

  init(source: String, latestYear: Int, bytes: [UInt8] = []) {
    self.source = source
    self.latestYear = latestYear
    self.bytes = bytes
  }

  // MARK: - Top level

  mutating func decode(_ document: JSONDocument) -> Catalog? {
    guard let members = document.members else {
      error(nil, "the top level must be a JSON object, found \(document.rootTypeName)")
      return nil
    }
    var top: [String: Range<Int>] = [:]
    for member in members {
      if top[member.key] != nil {
        error(member.key, "duplicate key '\(member.key)'")
        continue
      }
      top[member.key] = member.value
      switch member.key {
      case "title", "review", "horizon", "drugs", "mechanisms", "effects", "efficacy", "safety", "citations", "comparable":
        break
      default: warning(member.key, "unknown key '\(member.key)' (ignored)")
      }
    }
    let title = top["title"].flatMap { text(document.value(at: $0), at: "title") }
    let horizon = top["horizon"].flatMap { year(document.value(at: $0), at: "horizon") }

    // Citations first: every other table refers to them. Each table is indexed as it is
    // read, in this order, and its entries are not kept: the catalogue reads them back from
    // the file's bytes when they are shown (`EntryTable`).
    let citations = decodeTable(document, top, "citations", collectingIDs: true) { decoder, value, path in
      decoder.decodeCitation(value, at: path)
    } visit: { decoder, citation, position in
      decoder.index.addCitation(citation, at: position)
    }
    citationIDs = citations.ids
    let review = top["review"].flatMap {
      reference(document.value(at: $0), at: "review", in: citationIDs, kind: "citation")
    }

    if top["drugs"] == nil { error(nil, "missing required field 'drugs'") }
    let drugs = decodeTable(document, top, "drugs", collectingIDs: true) { decoder, value, path in
      decoder.decodeDrug(value, at: path)
    } visit: { decoder, drug, position in
      decoder.index.addDrug(drug, at: position)
      decoder.search.add(drug)
    }
    drugIDs = drugs.ids
    let mechanisms = decodeTable(document, top, "mechanisms", collectingIDs: true, keep: true) { decoder, value, path in
      decoder.decodeMechanism(value, at: path)
    } visit: { decoder, mechanism, position in
      decoder.index.addMechanism(mechanism, at: position)
    }
    mechanismIDs = mechanisms.ids
    var secondEffects: [Diagnostic] = []
    let effects = decodeTable(document, top, "effects") { decoder, value, path in
      decoder.decodeEffect(value, at: path)
    } visit: { decoder, effect, position in
      if let first = decoder.index.addEffect(effect, at: position) {
        secondEffects.append(Diagnostic(
          .error, source: decoder.source, location: "effects[\(position)]",
          message: "a second effect for \(effect.drug) × \(effect.mechanism) (the first is effects[\(first)])"))
      }
    }
    diagnostics += secondEffects
    let efficacy = decodeTable(document, top, "efficacy") { decoder, value, path in
      decoder.decodeEfficacy(value, at: path)
    } visit: { decoder, result, position in
      decoder.index.addEfficacy(result, at: position)
    }
    let safety = decodeTable(document, top, "safety") { decoder, value, path in
      decoder.decodeSafety(value, at: path)
    } visit: { decoder, result, position in
      decoder.index.addSafety(result, at: position)
    }
    let comparable = decodeTable(document, top, "comparable", keep: true) { decoder, value, path in
      decoder.decodeComparableRule(value, at: path())
    }
    guard !diagnostics.contains(where: { $0.severity == .error }) else { return nil }
    let latestYear = self.latestYear
    /// Entries are read back from the file already validated: references are not checked
    /// again (the sets of ids are not kept), everything else is, at no risk.
    func reader<Entry: Sendable>(_ decodeEntry: @escaping @Sendable (inout CatalogDecoder, JSONValue) -> Entry?, empty: Entry)
      -> @Sendable (JSONValue) -> Entry
    {
      { value in
        var decoder = CatalogDecoder(source: "", latestYear: latestYear)
        decoder.checksReferences = false
        decoder.readsValidatedEntries = true
        return decodeEntry(&decoder, value) ?? empty
      }
    }
    func stored<Entry: Sendable>(_ table: Table<Entry>, _ read: @escaping @Sendable (JSONValue) -> Entry) -> EntryTable<Entry> {
      EntryTable(stored: StoredEntries(bytes: bytes, starts: table.starts, decode: read))
    }
    return Catalog(
      title: title, review: review, horizon: horizon,
      drugs: stored(drugs, reader({ $0.decodeDrug($1, at: { "" }) }, empty: Drug(id: "", name: ""))),
      mechanisms: mechanisms.entries,
      effects: stored(effects, reader({ $0.decodeEffect($1, at: { "" }) }, empty: Effect(drug: "", mechanism: "", grade: .none, cite: []))),
      efficacy: stored(efficacy, reader({ $0.decodeEfficacy($1, at: { "" }) }, empty: EfficacyResult(drug: "", outcome: "", cite: []))),
      safety: stored(safety, reader({ $0.decodeSafety($1, at: { "" }) }, empty: SafetyResult(drug: "", event: "", cite: []))),
      citations: stored(citations, reader({ $0.decodeCitation($1, at: { "" }) }, empty: Citation(id: "", title: "", year: 0))),
      comparable: comparable.entries, index: index.finish(), drugSearch: search.finish())
  }

  /// Decodes the table `key` one element at a time, handing each entry that decodes to
  /// `visit` with its position, and keeping it only with `keep`. With `collectingIDs`, also
  /// collects the table's ids from the raw entries (so an entry with some other error still
  /// counts, and references to it do not cascade into more errors) and reports duplicates
  /// after the table's own errors.
  private mutating func decodeTable<Entry>(
    _ document: JSONDocument, _ top: [String: Range<Int>], _ key: String, collectingIDs collecting: Bool = false,
    keep: Bool = false, _ decodeEntry: (inout CatalogDecoder, JSONValue, () -> String) -> Entry?,
    visit: (inout CatalogDecoder, Entry, Int) -> Void = { _, _, _ in }
  ) -> Table<Entry> {
    var table = Table<Entry>()
    guard let range = top[key] else { return table }
    var firstIndex: [String: Int] = [:]
    var duplicates: [Diagnostic] = []
    let isArray = document.forEachElement(at: range) { index, start, element in
      if let entry = decodeEntry(&self, element, { "\(key)[\(index)]" }) {
        visit(&self, entry, index)
        table.starts.append(UInt32(start))
        if keep { table.entries.append(entry) }
      }
      guard collecting, case .object(let members) = element,
        let member = members.first(where: { $0.key == "id" }), case .string(let id) = member.value
      else { return }
      if let first = firstIndex[id] {
        duplicates.append(Diagnostic(
          .error, source: source, location: "\(key)[\(index)].id",
          message: "duplicate id '\(id)' (first used at \(key)[\(first)])"))
      } else {
        firstIndex[id] = index
      }
    }
    if !isArray {
      error(key, "expected an array, found \(document.typeName(at: range))")
      return Table()
    }
    diagnostics.append(contentsOf: duplicates)
    table.ids = Set(firstIndex.keys)
    return table
  }

  /// One decoded table: where each entry starts in the file, the entries themselves when
  /// kept, and its ids.
  private struct Table<Entry> {
    var starts: [UInt32] = []
    var entries: [Entry] = []
    var ids: Set<String> = []
  }

  // MARK: - Entries

  /// One drug of a preview (see `CatalogLoader.preview`), or nil when it does not decode.
  mutating func previewDrug(_ value: JSONValue, index: Int) -> Drug? {
    decodeDrug(value, at: { "drugs[\(index)]" })
  }

  private mutating func decodeCitation(_ value: JSONValue, at path: () -> String) -> Citation? {
    var citation = Citation(id: "", title: "", year: 0)
    let ok = entry(value, at: path, required: ["id", "title", "year"]) { d, key, value, at in
      switch key {
      case "id": if let s = d.identifier(value, at: at()) { citation.id = s } else { return .invalid }
      case "title": if let s = d.text(value, at: at(), nonEmpty: true) { citation.title = s } else { return .invalid }
      case "year": if let y = d.year(value, at: at()) { citation.year = y } else { return .invalid }
      case "authors": citation.authors = d.texts(value, at: at())
      case "journal": citation.journal = d.text(value, at: at())
      case "volume": citation.volume = d.text(value, at: at())
      case "issue": citation.issue = d.text(value, at: at())
      case "pages": citation.pages = d.text(value, at: at())
      case "publisher": citation.publisher = d.text(value, at: at())
      case "summary": citation.summary = d.text(value, at: at())
      case "kind":
        citation.kind = d.text(value, at: at())
        if let kind = citation.kind, !Self.citationKinds.contains(kind) {
          d.warning(at(), "unknown kind '\(kind)' (expected one of \(Self.citationKinds.sorted().joined(separator: ", ")))")
        }
      case "pmid":
        if let s = d.text(value, at: at()) {
          if !s.isEmpty && s.count <= 10 && s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            citation.pmid = s
          } else {
            d.error(at(), "PMID '\(s)' must be 1 to 10 digits")
          }
        }
      case "pmcid":
        if let s = d.text(value, at: at()) {
          if s.hasPrefix("PMC") && s.count > 3 && s.dropFirst(3).utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            citation.pmcid = s
          } else {
            d.error(at(), "PMCID '\(s)' must be 'PMC' followed by digits")
          }
        }
      case "doi":
        if let s = d.text(value, at: at()) {
          if s.hasPrefix("10.") && s.contains("/") && !s.contains(" ") {
            citation.doi = s
          } else {
            d.error(at(), "DOI '\(s)' must start with '10.' and contain '/'")
          }
        }
      default: return .unknown
      }
      return .ok
    }
    return ok ? citation : nil
  }

  private mutating func decodeDrug(_ value: JSONValue, at path: () -> String) -> Drug? {
    var drug = Drug(id: "", name: "")
    let ok = entry(value, at: path, required: ["id", "name"]) { d, key, value, at in
      switch key {
      case "id": if let s = d.identifier(value, at: at()) { drug.id = s } else { return .invalid }
      case "name": if let s = d.text(value, at: at(), nonEmpty: true) { drug.name = s } else { return .invalid }
      case "codes": drug.codes = d.texts(value, at: at())
      case "brands": drug.brands = d.texts(value, at: at())
      case "generation": drug.generation = d.text(value, at: at())
      case "summary": drug.summary = d.text(value, at: at())
      case "formula": drug.formula = d.text(value, at: at())
      case "molarMass": drug.molarMass = d.text(value, at: at())
      case "cas": drug.cas = d.text(value, at: at())
      case "atc": drug.atc = d.text(value, at: at())
      case "cite": drug.cite = d.cites(value, at: at(), required: false)
      case "approvals":
        guard case .array(let elements) = value else {
          d.error(at(), "expected an array, found \(value.typeName)")
          return .ok
        }
        for (index, element) in elements.enumerated() {
          if let approval = d.decodeApproval(element, at: "\(at())[\(index)]") { drug.approvals.append(approval) }
        }
      default: return .unknown
      }
      return .ok
    }
    return ok ? drug : nil
  }

  private mutating func decodeApproval(_ value: JSONValue, at path: String) -> Approval? {
    var approval = Approval(year: 0)
    var ok = entry(value, at: { path }, required: ["year"]) { d, key, value, at in
      switch key {
      case "year": if let y = d.year(value, at: at()) { approval.year = y } else { return .invalid }
      case "date": approval.date = d.text(value, at: at())
      case "region": approval.region = d.text(value, at: at())
      case "indication": approval.indication = d.text(value, at: at())
      case "cite": approval.cite = d.cites(value, at: at(), required: false)
      default: return .unknown
      }
      return .ok
    }
    if ok, let date = approval.date, !Self.isDate(date, year: approval.year) {
      error(path + ".date", "date '\(date)' must be YYYY-MM or YYYY-MM-DD in the approval's year \(approval.year)")
      ok = false
    }
    return ok ? approval : nil
  }

  static func isDate(_ text: String, year: Int) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3, parts[0].count == 4, Int(parts[0]) == year,
      let month = Int(parts[1]), parts[1].count == 2, (1...12).contains(month)
    else { return false }
    if parts.count == 3 {
      guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else { return false }
    }
    return true
  }

  private mutating func decodeMechanism(_ value: JSONValue, at path: () -> String) -> Mechanism? {
    var mechanism = Mechanism(id: "", name: "")
    let ok = entry(value, at: path, required: ["id", "name"]) { d, key, value, at in
      switch key {
      case "id": if let s = d.identifier(value, at: at()) { mechanism.id = s } else { return .invalid }
      case "name": if let s = d.text(value, at: at(), nonEmpty: true) { mechanism.name = s } else { return .invalid }
      case "short": mechanism.short = d.text(value, at: at(), nonEmpty: true)
      case "summary": mechanism.summary = d.text(value, at: at())
      case "year": mechanism.year = d.year(value, at: at())
      case "cite": mechanism.cite = d.cites(value, at: at(), required: false)
      default: return .unknown
      }
      return .ok
    }
    return ok ? mechanism : nil
  }

  private mutating func decodeEffect(_ value: JSONValue, at path: () -> String) -> Effect? {
    var effect = Effect(drug: "", mechanism: "", grade: .none, cite: [])
    let ok = entry(value, at: path, required: ["drug", "mechanism", "grade", "cite"]) { d, key, value, at in
      switch key {
      case "drug": if let s = d.reference(value, at: at(), in: d.drugIDs, kind: "drug") { effect.drug = s } else { return .invalid }
      case "mechanism":
        if let s = d.reference(value, at: at(), in: d.mechanismIDs, kind: "mechanism") { effect.mechanism = s } else { return .invalid }
      case "grade":
        if let g = d.integer(value, at: at(), in: 0...3, what: "grade").flatMap(Grade.init(rawValue:)) {
          effect.grade = g
        } else {
          return .invalid
        }
      case "note": effect.note = d.text(value, at: at())
      case "year": effect.year = d.year(value, at: at())
      case "cite": effect.cite = d.cites(value, at: at(), required: true)
      default: return .unknown
      }
      return .ok
    }
    return ok ? effect : nil
  }

  private mutating func decodeEfficacy(_ value: JSONValue, at path: () -> String) -> EfficacyResult? {
    var result = EfficacyResult(drug: "", outcome: "", cite: [])
    let ok = entry(value, at: path, required: ["drug", "outcome", "cite"]) { d, key, value, at in
      switch key {
      case "drug": if let s = d.reference(value, at: at(), in: d.drugIDs, kind: "drug") { result.drug = s } else { return .invalid }
      case "outcome": if let s = d.text(value, at: at(), nonEmpty: true) { result.outcome = s } else { return .invalid }
      case "cite": result.cite = d.cites(value, at: at(), required: true)
      case "study": result.study = d.text(value, at: at())
      case "design": result.design = d.text(value, at: at())
      case "n": result.n = d.integer(value, at: at(), in: 0...100_000_000, what: "n")
      case "population": result.population = d.text(value, at: at())
      case "setting": result.setting = d.text(value, at: at(), nonEmpty: true)
      case "regimen": result.regimen = d.text(value, at: at())
      case "year": result.year = d.year(value, at: at())
      case "measure": result.measure = d.decodeMeasure(value, at: at())
      default: return .unknown
      }
      return .ok
    }
    return ok ? result : nil
  }

  private mutating func decodeSafety(_ value: JSONValue, at path: () -> String) -> SafetyResult? {
    var result = SafetyResult(drug: "", event: "", cite: [])
    let ok = entry(value, at: path, required: ["drug", "event", "cite"]) { d, key, value, at in
      switch key {
      case "drug": if let s = d.reference(value, at: at(), in: d.drugIDs, kind: "drug") { result.drug = s } else { return .invalid }
      case "event": if let s = d.text(value, at: at(), nonEmpty: true) { result.event = s } else { return .invalid }
      case "cite": result.cite = d.cites(value, at: at(), required: true)
      case "category": result.category = d.text(value, at: at(), nonEmpty: true)
      case "rate": result.rate = d.text(value, at: at())
      case "severity": result.severity = d.text(value, at: at())
      case "context": result.context = d.text(value, at: at())
      case "study": result.study = d.text(value, at: at())
      case "boxed": result.boxed = d.boolean(value, at: at()) ?? false
      case "year": result.year = d.year(value, at: at())
      case "measure": result.measure = d.decodeMeasure(value, at: at())
      default: return .unknown
      }
      return .ok
    }
    return ok ? result : nil
  }

  private mutating func decodeMeasure(_ value: JSONValue, at path: String) -> Measure? {
    guard let members = object(value, at: path) else { return nil }
    var name: String?, number: Double?, unit: String?
    var found = FoundKeys()
    for member in members {
      guard found.first(member.key, path: path, decoder: &self) else { continue }
      let at = { path + "." + member.key }
      switch member.key {
      case "name": name = text(member.value, at: at(), nonEmpty: true)
      case "unit": unit = text(member.value, at: at())
      case "value":
        if case .number(let n, _, _) = member.value { number = n } else {
          error(at(), "expected a number, found \(member.value.typeName)")
        }
      default: warning(at(), "unknown key '\(member.key)' (ignored)")
      }
    }
    guard found.require(["name", "value"], path: path, decoder: &self), let name, let number else { return nil }
    return Measure(name: name, value: number, unit: unit)
  }

  private mutating func decodeComparableRule(_ value: JSONValue, at path: String) -> ComparableRule? {
    guard let members = object(value, at: path) else { return nil }
    var rule = ComparableRule(section: .efficacy, group: "", measure: "", better: .higher)
    var found = FoundKeys()
    var ok = true
    for member in members {
      guard found.first(member.key, path: path, decoder: &self) else { continue }
      let v = member.value
      let at = { path + "." + member.key }
      switch member.key {
      case "section":
        if let s = text(v, at: at()), let section = ComparableRule.Section(rawValue: s) { rule.section = section } else {
          if case .string = v { error(at(), "section must be 'efficacy' or 'safety'") }
          ok = false
        }
      case "better":
        if let s = text(v, at: at()), let better = ComparableRule.Better(rawValue: s) { rule.better = better } else {
          if case .string = v { error(at(), "better must be 'higher' or 'lower'") }
          ok = false
        }
      case "group": if let s = text(v, at: at(), nonEmpty: true) { rule.group = s } else { ok = false }
      case "measure": if let s = text(v, at: at(), nonEmpty: true) { rule.measure = s } else { ok = false }
      case "note": rule.note = text(v, at: at())
      case "cite": rule.cite = cites(v, at: at(), required: true)
      default: warning(at(), "unknown key '\(member.key)' (ignored)")
      }
    }
    ok = found.require(["section", "group", "measure", "better", "cite"], path: path, decoder: &self) && ok
    return ok ? rule : nil
  }

  /// How one member of an entry decoded.
  private enum Field {
    /// Decoded (or reported and skipped, for an optional field).
    case ok
    /// A required field that did not decode: the entry is not whole.
    case invalid
    /// Not a key of this kind of entry.
    case unknown
  }

  /// Walks one entry object: reports duplicate keys, hands every member to `field` (which
  /// decodes it into the entry being built), warns about unknown keys, and reports missing
  /// required keys. Returns whether the entry is whole. Paths are built only for messages.
  private mutating func entry(
    _ value: JSONValue, at path: () -> String, required: [String],
    _ field: (inout CatalogDecoder, String, JSONValue, () -> String) -> Field
  ) -> Bool {
    // The path closure is only ever called, never stored: both closures stay on the stack.
    withoutActuallyEscaping(path) { path in
      guard let members = object(value, at: path()) else { return false }
      var found = FoundKeys()
      var whole = true
      for member in members {
        guard found.first(member.key, path: path(), decoder: &self) else { continue }
        switch field(&self, member.key, member.value, { path() + "." + member.key }) {
        case .ok: break
        case .invalid: whole = false
        case .unknown: warning(path() + "." + member.key, "unknown key '\(member.key)' (ignored)")
        }
      }
      return found.require(required, path: path(), decoder: &self) && whole
    }
  }

  // MARK: - Values

  private mutating func object(_ value: JSONValue, at path: @autoclosure () -> String) -> [JSONMember]? {
    guard case .object(let members) = value else {
      error(path(), "expected an object, found \(value.typeName)")
      return nil
    }
    return members
  }

  /// A string of safe text; `nonEmpty` also rejects blank text.
  private mutating func text(_ value: JSONValue, at path: @autoclosure () -> String, nonEmpty: Bool = false) -> String? {
    guard case .string(let string) = value else {
      error(path(), "expected a string, found \(value.typeName)")
      return nil
    }
    if readsValidatedEntries { return string }
    if let bad = TextSafety.firstUnsafeScalar(in: string) {
      error(path(), "text holds \(TextSafety.describe(bad)): control and invisible characters are not allowed")
      return nil
    }
    if nonEmpty && Self.isBlank(string) {
      error(path(), "must not be empty")
      return nil
    }
    return string
  }

  private mutating func identifier(_ value: JSONValue, at path: @autoclosure () -> String) -> String? {
    text(value, at: path(), nonEmpty: true)
  }

  private mutating func texts(_ value: JSONValue, at path: @autoclosure () -> String) -> [String] {
    guard case .array(let elements) = value else {
      error(path(), "expected an array of strings, found \(value.typeName)")
      return []
    }
    var result: [String] = []
    for (index, element) in elements.enumerated() {
      if let s = text(element, at: "\(path())[\(index)]") { result.append(s) }
    }
    return result
  }

  private mutating func integer(
    _ value: JSONValue, at path: @autoclosure () -> String, in range: ClosedRange<Int>, what: String
  ) -> Int? {
    guard case .number(_, let isInteger, let literal) = value else {
      error(path(), "expected an integer, found \(value.typeName)")
      return nil
    }
    guard isInteger else {
      error(path(), "\(literal) is not an integer (\(what) is a whole number \(range.lowerBound)–\(range.upperBound))")
      return nil
    }
    // The literal, not the Double: 9007199254740993 stays itself in the message.
    guard let int = Int(literal), range.contains(int) else {
      error(path(), "\(what) \(literal) is out of range \(range.lowerBound)–\(range.upperBound)")
      return nil
    }
    return int
  }

  private mutating func year(_ value: JSONValue, at path: @autoclosure () -> String) -> Int? {
    guard case .number(_, let isInteger, let literal) = value else {
      error(path(), "expected a year (an integer), found \(value.typeName)")
      return nil
    }
    guard isInteger else {
      error(path(), "\(literal) is not an integer (a year is a whole number \(Self.earliestYear)–\(latestYear))")
      return nil
    }
    guard let year = Int(literal), (Self.earliestYear...latestYear).contains(year) else {
      error(path(), "year \(literal) is not plausible (expected \(Self.earliestYear)–\(latestYear))")
      return nil
    }
    return year
  }

  private mutating func boolean(_ value: JSONValue, at path: @autoclosure () -> String) -> Bool? {
    guard case .bool(let bool) = value else {
      error(path(), "expected true or false, found \(value.typeName)")
      return nil
    }
    return bool
  }

  private mutating func reference(
    _ value: JSONValue, at path: @autoclosure () -> String, in ids: Set<String>, kind: String
  ) -> String? {
    guard let id = text(value, at: path(), nonEmpty: true) else { return nil }
    guard !checksReferences || ids.contains(id) else {
      error(path(), "unknown \(kind) '\(id)'")
      return nil
    }
    return id
  }

  private mutating func cites(_ value: JSONValue, at path: @autoclosure () -> String, required: Bool) -> [String] {
    guard case .array(let elements) = value else {
      error(path(), "expected an array of citation ids, found \(value.typeName)")
      return []
    }
    if required && elements.isEmpty {
      error(path(), "at least one citation is required")
      return []
    }
    var result: [String] = []
    result.reserveCapacity(elements.count)
    for (index, element) in elements.enumerated() {
      if let id = reference(element, at: "\(path())[\(index)]", in: citationIDs, kind: "citation") {
        result.append(id)
      }
    }
    return result
  }

  /// Whether text is empty or only whitespace; text starting with a visible ASCII character
  /// (nearly all of it) is answered without walking its characters.
  private static func isBlank(_ text: String) -> Bool {
    if let first = text.utf8.first, first > 0x20, first < 0x7F { return false }
    return text.allSatisfy(\.isWhitespace)
  }

  // MARK: - Diagnostics

  fileprivate mutating func error(_ location: String?, _ message: String) {
    diagnostics.append(Diagnostic(.error, source: source, location: location, message: message))
  }

  fileprivate mutating func warning(_ location: String?, _ message: String) {
    diagnostics.append(Diagnostic(.warning, source: source, location: location, message: message))
  }
}

/// The keys seen in one JSON object, to report duplicates and missing required keys.
/// Objects have a dozen keys at most, so a small array beats hashing.
private struct FoundKeys {
  private var keys: [String] = []

  /// Records `key`; reports and returns false when the object already had it.
  mutating func first(_ key: String, path: @autoclosure () -> String, decoder: inout CatalogDecoder) -> Bool {
    if keys.contains(key) {
      decoder.error(path() + "." + key, "duplicate key '\(key)'")
      return false
    }
    keys.append(key)
    return true
  }

  /// Reports each missing required key; returns whether all were there.
  func require(_ required: [String], path: @autoclosure () -> String, decoder: inout CatalogDecoder) -> Bool {
    var ok = true
    for key in required where !keys.contains(key) {
      decoder.error(path(), "missing required field '\(key)'")
      ok = false
    }
    return ok
  }
}
