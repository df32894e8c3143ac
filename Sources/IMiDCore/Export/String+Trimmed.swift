extension String {
  /// The text without leading and trailing whitespace (Foundation-free, for the exporters).
  var trimmedWhitespace: String {
    guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(self[start...end])
  }
}
