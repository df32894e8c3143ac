extension CatalogDecoder {
  /// How one member of an entry decoded, as an entry decoder tells `entry(_:at:required:_:)`.
  enum Field {
    /// Decoded (or reported and skipped, for an optional field).
    case ok
    /// A required field that did not decode: the entry is not whole.
    case invalid
    /// Not a key of this kind of entry.
    case unknown
  }
}
