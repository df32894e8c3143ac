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
