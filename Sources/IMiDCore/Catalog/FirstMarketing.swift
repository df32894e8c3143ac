/// When and where a drug was first sold, which for thalidomide (1957, West Germany) is not its
/// first modern approval (1998, US): the drug list shows both.
public struct FirstMarketing: Sendable, Equatable {
  /// Year of the launch.
  public var year: Int
  /// `YYYY-MM` or `YYYY-MM-DD`, only as precise as the source.
  public var date: String?
  /// Where, e.g. `"West Germany"`.
  public var region: String?
  /// The name it was sold under, e.g. `"Contergan"`.
  public var brand: String?
  /// Sources (at least one).
  public var cite: [String] = []

  /// Creates a first marketing.
  public init(year: Int) { self.year = year }

  /// The date as precisely as known: the `date` field, or the year.
  public var when: String { date ?? String(year) }
}
