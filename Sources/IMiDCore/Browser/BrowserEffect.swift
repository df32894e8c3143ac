/// Work the browser asks its front end to do, because it touches the world: `update` stays pure
/// and the front end reports back with `Browser.finishExport`.
public enum BrowserEffect: Sendable, Equatable {
  /// Write `view` as text to `path`, replacing an existing file only when `overwrite` is true.
  case export(view: ExportView, path: String, overwrite: Bool)
  /// Ctrl-Z: leave curses mode and stop the process as a shell's job; when it is continued
  /// (`fg`), take the terminal back and repaint everything.
  case suspend
  /// `y`: put `text` on the terminal's clipboard (OSC 52, which works over SSH and in tmux);
  /// `what` names it for the status line. Reported back with `Browser.finishCopy`.
  case copy(text: String, what: String)
}
