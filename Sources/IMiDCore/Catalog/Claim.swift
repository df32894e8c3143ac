/// One statement of the review, with how it has held up since: the reason imid exists is to
/// show, claim by claim, what the 2004 review said and what later evidence made of it.
public struct Claim: Sendable, Equatable {
  /// Unique key, e.g. `"withdrawal"`.
  public var id: String
  /// What the review claimed, in one sentence.
  public var text: String
  /// How the claim stands today.
  public var status: ClaimStatus
  /// Why it has that status, in a sentence or two.
  public var verdict: String
  /// Year of the evidence that set the status.
  public var since: Int
  /// The catalogue's entries that bear on the claim, each with its stance (at least one).
  public var evidence: [Evidence]
  /// Sources of the verdict (at least one).
  public var cite: [String]

  /// Creates a claim.
  public init(
    id: String, text: String, status: ClaimStatus, verdict: String, since: Int, evidence: [Evidence], cite: [String]
  ) {
    self.id = id
    self.text = text
    self.status = status
    self.verdict = verdict
    self.since = since
    self.evidence = evidence
    self.cite = cite
  }

  /// How many evidence items take `stance`.
  public func count(_ stance: Stance) -> Int { evidence.count { $0.stance == stance } }
}
