/// What a key asks the browser to do. Keys map to actions through `KeyMap`, so the same table
/// drives dispatch, the status-line hints and the `?` help.
public enum BrowserAction: Sendable, Equatable {
  case moveUp, moveDown, moveLeft, moveRight
  case top, bottom, pageUp, pageDown
  case focusNext, focusPrevious
  case follow, back, forward
  case help, close, quit, forceQuit
  case mark, compare, export
  case search, nextMatch, previousMatch
  case review, timeline, filterDrug
  case nextSection, previousSection
  case copy, suspend
}
