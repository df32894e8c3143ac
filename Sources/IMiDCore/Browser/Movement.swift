/// How far a key moves the focused pane's selection, or the Citation pane's text.
enum Movement: Equatable {
  /// By rows: j and k (one), the mouse wheel (three). In the Citation pane one row steps to the
  /// next or previous listed source; more scroll the text.
  case rows(Int)
  /// By a page (PgDn, PgUp, Ctrl-D, Ctrl-U): the pane's height less one row.
  case page(Int)
  /// To the first row (g, Home).
  case top
  /// To the last row (G, End).
  case bottom
}
