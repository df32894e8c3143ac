/// What became of an export the front end attempted.
public enum ExportOutcome: Sendable, Equatable {
  /// Written; `summary` says what, e.g. "3 drugs × 7 mechanisms".
  case written(summary: String)
  /// The file exists and was left alone.
  case exists
  /// It failed; `reason` is one line naming the path.
  case failed(reason: String)
}
