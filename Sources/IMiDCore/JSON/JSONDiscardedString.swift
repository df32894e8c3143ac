/// The sink of a string that is only checked: it keeps nothing.
struct JSONDiscardedString: JSONStringSink {
  /// Does nothing.
  func keep(_ bytes: UnsafeBufferPointer<UInt8>) {}
  /// Does nothing.
  func keep(_ byte: UInt8) {}
}
