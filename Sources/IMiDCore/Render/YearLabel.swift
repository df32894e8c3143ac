/// How a finding's year is shown: `2007†` when it came after the review's horizon, so that what
/// the review could know stands apart from later evidence at a glance.
public enum YearLabel {
  /// The mark after a year published after the horizon.
  public static let laterMark = "†"

  /// `1999`, `2007†`, or `—` when the year is unknown.
  public static func text(_ year: Int?, in catalog: Catalog) -> String {
    guard let year else { return "—" }
    return String(year) + (catalog.isLater(year) ? laterMark : "")
  }

  /// The legend line, or nil when the catalogue has no horizon.
  public static func legend(_ catalog: Catalog) -> String? {
    guard let horizon = catalog.horizon else { return nil }
    return "\(laterMark) published after \(horizon), the review's horizon: later evidence the review could not know."
  }
}
