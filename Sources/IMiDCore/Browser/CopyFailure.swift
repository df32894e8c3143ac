extension Browser {
  /// Reports a copy the front end could not make for a reason of its own (the text is too
  /// large for a terminal's clipboard, the terminal could not be written): "Not copied: reason".
  public static func failCopy(_ state: inout BrowserState, reason: String) {
    state.message = "Not copied: " + reason
  }
}
