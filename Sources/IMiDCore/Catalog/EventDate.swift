/// A date only as precise as its source: `1957`, `2005-12` or `1998-07-16`.
public struct EventDate: Sendable, Hashable, Comparable {
  /// The year.
  public var year: Int
  /// The month (1–12), when known.
  public var month: Int?
  /// The day of the month, when known (only with a month).
  public var day: Int?

  /// Creates a date; `day` is ignored without a month.
  public init(year: Int, month: Int? = nil, day: Int? = nil) {
    self.year = year
    self.month = month
    self.day = month == nil ? nil : day
  }

  /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil for any other shape or for a day the month
  /// does not have (`2013-02-30`).
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
      parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
      let year = Int(parts[0])
    else { return nil }
    let month = parts.count > 1 ? Int(parts[1]) : nil
    let day = parts.count > 2 ? Int(parts[2]) : nil
    if let month, !(1...12).contains(month) { return nil }
    if let month, let day, !(1...Self.days(inMonth: month, of: year)).contains(day) { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The date as written: `1998-07-16`.
  public var text: String {
    var text = String(year)
    if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
    if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
    return text
  }

  /// Earlier first; a date without a month sorts before the dated days of its year.
  public static func < (a: EventDate, b: EventDate) -> Bool {
    (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
  }

  /// Days in `month` of `year` (Gregorian).
  static func days(inMonth month: Int, of year: Int) -> Int {
    switch month {
    case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
