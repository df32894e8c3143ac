/// The one-line export prompt at the bottom of the browser: an editable file name, then, if
/// the file exists, a yes/no question before replacing it.
public struct ExportPrompt: Sendable, Equatable {
  /// What the prompt is asking.
  public enum Stage: Sendable, Equatable {
    /// Editing the file name.
    case name
    /// The file exists: replace it?
    case confirmOverwrite
  }

  /// The view to export.
  public internal(set) var view: ExportView
  /// The file name as typed.
  public internal(set) var path: String
  /// What the prompt is asking.
  public internal(set) var stage: Stage = .name

  /// Creates a prompt for `view` with its default file name.
  public init(view: ExportView, path: String) {
    self.view = view
    self.path = path
  }
}

/// Work the browser asks its front end to do, because it touches the world: `update` stays pure
/// and the front end reports back with `Browser.finishExport`.
public enum BrowserEffect: Sendable, Equatable {
  /// Write `view` as text to `path`, replacing an existing file only when `overwrite` is true.
  case export(view: ExportView, path: String, overwrite: Bool)
}

/// What became of an export the front end attempted.
public enum ExportOutcome: Sendable, Equatable {
  /// Written; `summary` says what, e.g. "3 drugs × 7 mechanisms".
  case written(summary: String)
  /// The file exists and was left alone.
  case exists
  /// It failed; `reason` is one line naming the path.
  case failed(reason: String)
}
