/// One regulatory approval of a drug.
public struct Approval: Sendable, Equatable {
  /// Year of the decision.
  public var year: Int
  /// `YYYY-MM` or `YYYY-MM-DD`, only as precise as the source.
  public var date: String?
  /// Where, e.g. `"US"` or `"EU"`.
  public var region: String?
  /// What the drug was approved for.
  public var indication: String?
  /// Sources.
  public var cite: [String] = []

  /// Creates an approval.
  public init(year: Int) { self.year = year }

  /// The date as precisely as known: the `date` field, or the year.
  public var when: String { date ?? String(year) }
}
