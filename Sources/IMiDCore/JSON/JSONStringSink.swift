/// Where `JSONScanner` puts a string's unescaped bytes: an array when parsing, nowhere
/// (`JSONDiscardedString`) when skipping. A protocol rather than an optional buffer so the
/// skipping scan is specialised into code that allocates and reference-counts nothing.
protocol JSONStringSink {
  /// Keeps `bytes`, which come straight from the document.
  mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>)
  /// Keeps the UTF-8 of an escape's `scalar`.
  mutating func keep(_ scalar: Unicode.Scalar)
}

extension [UInt8]: JSONStringSink {
  mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
  mutating func keep(_ scalar: Unicode.Scalar) { append(contentsOf: scalar.utf8) }
}

/// The sink of a string that is only checked: it keeps nothing.
struct JSONDiscardedString: JSONStringSink {
  func keep(_ bytes: UnsafeBufferPointer<UInt8>) {}
  func keep(_ scalar: Unicode.Scalar) {}
}
