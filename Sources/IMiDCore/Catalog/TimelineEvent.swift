/// One dated event in the history of the class (a launch, a withdrawal, an approval, a
/// discovery, a trial, a publication), with its sources: the rows of the timeline.
public struct TimelineEvent: Sendable, Equatable {
  /// Unique key, e.g. `"cereblon-2010"`.
  public var id: String
  /// When, only as precise as the source.
  public var date: EventDate
  /// What kind of event.
  public var kind: EventKind
  /// The drug it concerns, if one.
  public var drug: String?
  /// What happened, in a line.
  public var text: String
  /// Sources (at least one).
  public var cite: [String]

  /// Creates an event.
  public init(id: String, date: EventDate, kind: EventKind, drug: String? = nil, text: String, cite: [String]) {
    self.id = id
    self.date = date
    self.kind = kind
    self.drug = drug
    self.text = text
    self.cite = cite
  }
}

/// The kind of a timeline event: the catalogue field `kind`.
public enum EventKind: String, Sendable, CaseIterable {
  case marketing, withdrawal, approval, discovery, trial, publication, regulation

  /// The legal values, for messages.
  public static var list: String {
    let names = allCases.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
  }
}
