/// Where `JSONScanner` puts a string's unescaped bytes: an array when parsing, nowhere when
/// skipping. A protocol rather than an optional buffer so the skipping scan is specialised
/// into code that allocates and reference-counts nothing.
protocol JSONStringSink {
  /// Keeps `bytes`, which come straight from the document.
  mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>)
  /// Keeps the unescaped `byte`.
  mutating func keep(_ byte: UInt8)
}

extension [UInt8]: JSONStringSink {
  /// Appends `bytes`.
  mutating func keep(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
  /// Appends `byte`.
  mutating func keep(_ byte: UInt8) { append(byte) }
}
