/// One item of a claim's evidence: a catalogue entry and how it bears on the claim.
public struct Evidence: Sendable, Equatable {
  /// The entry.
  public var ref: EvidenceRef
  /// Whether it supports, refines or contradicts the claim.
  public var stance: Stance

  /// Creates an evidence item.
  public init(ref: EvidenceRef, stance: Stance) {
    self.ref = ref
    self.stance = stance
  }
}

/// How an evidence item bears on a claim: the catalogue field `stance`.
public enum Stance: String, Sendable, CaseIterable {
  case supports, refines, contradicts

  /// The legal values, for messages.
  public static var list: String { "supports, refines or contradicts" }

  /// The heading of its group on a claim's page: "Supports".
  public var heading: String {
    switch self {
    case .supports: return "Supports"
    case .refines: return "Refines"
    case .contradicts: return "Contradicts"
    }
  }
}
