/// Decoding one `claims` entry: a statement of the review, its status today, and the evidence
/// for that status, each item a reference (`kind:key`) to an entry of the catalogue that must
/// exist, with its stance.
extension CatalogDecoder {
  /// Decodes one claim, or nil when it is not whole.
  mutating func decodeClaim(_ value: JSONValue, at path: () -> String) -> Claim? {
    var claim = Claim(id: "", text: "", status: .open, verdict: "", since: 0, evidence: [], cite: [])
    let required = ["id", "text", "status", "verdict", "since", "evidence", "cite"]
    let ok = entry(value, at: path, required: required) { d, key, value, at in
      switch key {
      case "id": if let s = d.identifier(value, at: at()) { claim.id = s } else { return .invalid }
      case "text": if let s = d.text(value, at: at(), nonEmpty: true) { claim.text = s } else { return .invalid }
      case "status":
        guard let s = d.text(value, at: at()) else { return .invalid }
        guard let status = ClaimStatus(rawValue: s) else {
          d.error(at(), "unknown status '\(s)' (expected \(ClaimStatus.list))")
          return .invalid
        }
        claim.status = status
      case "verdict": if let s = d.text(value, at: at(), nonEmpty: true) { claim.verdict = s } else { return .invalid }
      case "since": if let y = d.year(value, at: at()) { claim.since = y } else { return .invalid }
      case "evidence":
        guard case .array(let elements) = value else {
          d.error(at(), "expected an array of evidence, found \(value.typeName)")
          return .invalid
        }
        guard !elements.isEmpty else {
          d.error(at(), "a claim needs at least one piece of evidence")
          return .invalid
        }
        var whole = true
        for (index, element) in elements.enumerated() {
          if let evidence = d.decodeEvidence(element, at: "\(at())[\(index)]") {
            claim.evidence.append(evidence)
          } else {
            whole = false
          }
        }
        if !whole { return .invalid }
      case "cite":
        claim.cite = d.cites(value, at: at(), required: true)
        if claim.cite.isEmpty { return .invalid }
      default: return .unknown
      }
      return .ok
    }
    return ok ? claim : nil
  }

  /// Decodes one evidence item `{"ref": "kind:key", "stance": …}`, or nil when it is not whole.
  mutating func decodeEvidence(_ value: JSONValue, at path: @autoclosure () -> String) -> Evidence? {
    var ref: EvidenceRef?, stance: Stance?
    let ok = entry(value, at: path, required: ["ref", "stance"]) { d, key, value, at in
      switch key {
      case "ref": if let r = d.evidenceRef(value, at: at()) { ref = r } else { return .invalid }
      case "stance":
        guard let s = d.text(value, at: at()) else { return .invalid }
        guard let parsed = Stance(rawValue: s) else {
          d.error(at(), "unknown stance '\(s)' (expected \(Stance.list))")
          return .invalid
        }
        stance = parsed
      default: return .unknown
      }
      return .ok
    }
    guard ok, let ref, let stance else { return nil }
    return Evidence(ref: ref, stance: stance)
  }

  /// A reference `kind:key` to an entry that exists (when references are checked): a drug, a
  /// graded matrix cell, an efficacy or safety result by its `id`, a citation or an event.
  mutating func evidenceRef(_ value: JSONValue, at path: @autoclosure () -> String) -> EvidenceRef? {
    guard let text = text(value, at: path(), nonEmpty: true) else { return nil }
    guard let ref = EvidenceRef(text) else {
      if text.hasPrefix("cell:") {
        error(path(), "malformed reference '\(text)' (expected cell: followed by drug/mechanism)")
      } else {
        let kinds = EvidenceRef.kinds.map { $0 + ":" }
        let list = kinds.dropLast().joined(separator: ", ") + " or " + (kinds.last ?? "")
        error(path(), "unknown reference '\(text)' (expected \(list) followed by a key)")
      }
      return nil
    }
    guard checksReferences else { return ref }
    if let problem = problem(with: ref) {
      error(path(), problem)
      return nil
    }
    return ref
  }

  /// What is wrong with a reference to an entry: an id no table has, or a cell no effect
  /// grades; nil when it names an entry that exists.
  func problem(with ref: EvidenceRef) -> String? {
    switch ref {
    case .drug(let id): return drugIDs[id] != nil ? nil : "unknown drug '\(id)'"
    case .cell(let drug, let mechanism):
      if drugIDs[drug] == nil { return "unknown drug '\(drug)'" }
      if mechanismIDs[mechanism] == nil { return "unknown mechanism '\(mechanism)'" }
      if !gradedCells.contains(GradedCell(drug: drug, mechanism: mechanism)) {
        return "no effect grades \(drug) × \(mechanism) (the cell is not studied)"
      }
      return nil
    case .efficacy(let id): return efficacyIDs[id] != nil ? nil : "no efficacy result with id '\(id)'"
    case .safety(let id): return safetyIDs[id] != nil ? nil : "no safety result with id '\(id)'"
    case .citation(let id): return citationIDs[id] != nil ? nil : "unknown citation '\(id)'"
    case .event(let id): return eventIDs[id] != nil ? nil : "unknown event '\(id)'"
    }
  }

  /// A drug × mechanism cell that an `effects` entry grades, by ids.
  struct GradedCell: Hashable {
    var drug: String
    var mechanism: String
  }

  /// The cell an `effects` entry names, read from the raw entry (so an effect with some other
  /// error still counts, and evidence pointing at it does not add a second error).
  static func gradedCell(of effect: JSONValue) -> GradedCell? {
    guard case .object(let members) = effect else { return nil }
    var drug: String?, mechanism: String?
    for member in members {
      guard case .string(let s) = member.value else { continue }
      if member.key == "drug" { drug = s } else if member.key == "mechanism" { mechanism = s }
    }
    guard let drug, let mechanism else { return nil }
    return GradedCell(drug: drug, mechanism: mechanism)
  }
}
