/// What a cell means, not how it looks: the front end maps each role to colours and attributes
/// (and to reverse/bold alone on a terminal without colours or with `NO_COLOR`).
public enum CellStyle: UInt8, Sendable, Equatable, CaseIterable {
  /// Ordinary text.
  case normal
  /// The title line.
  case title
  /// A pane's frame when the pane does not have focus.
  case border
  /// The focused pane's frame and title.
  case focusedBorder
  /// A pane title when the pane does not have focus.
  case paneTitle
  /// The selected row in the focused pane.
  case selected
  /// The selected row in a pane without focus.
  case selectedInactive
  /// Table headers and section headings.
  case header
  /// Secondary text: code names, years, legends.
  case dim
  /// Later evidence (after the review's horizon).
  case later
  /// Grade symbols of strong effects.
  case strong
  /// A key name in the status line or help.
  case key
  /// The status line background.
  case status
  /// A message in the status line that reports a problem.
  case warning
}
