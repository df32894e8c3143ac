/// Work the browser asks its front end to do, because it touches the world: `update` stays pure
/// and the front end reports back with `Browser.finishExport`.
public enum BrowserEffect: Sendable, Equatable {
  /// Write `view` as text to `path`, replacing an existing file only when `overwrite` is true.
  case export(view: ExportView, path: String, overwrite: Bool)
}
