/// A catalogue's declaration that, in one row of the compare view, the numbers may be ranked:
/// without one the view never names a leader, because results from different trials are not
/// comparable by default.
public struct ComparableRule: Sendable, Equatable {
  /// Which section a rule applies to.
  public enum Section: String, Sendable, Equatable {
    case efficacy, safety
  }

  /// Which value leads.
  public enum Better: String, Sendable, Equatable {
    case higher, lower
  }

  /// The section.
  public var section: Section
  /// The row: an efficacy `setting` or a safety `category`.
  public var group: String
  /// The measure name compared.
  public var measure: String
  /// Which value leads.
  public var better: Better
  /// Why the numbers are comparable.
  public var note: String?
  /// The source that makes them comparable.
  public var cite: [String] = []

  /// Creates a rule.
  public init(section: Section, group: String, measure: String, better: Better) {
    self.section = section
    self.group = group
    self.measure = measure
    self.better = better
  }
}
