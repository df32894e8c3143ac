/// Bounds that keep a hostile or broken file from exhausting the stack or memory.
/// Documented in docs/catalog-format.md; exceeding one is a located syntax error.
public struct JSONLimits: Sendable, Equatable {
  /// Largest file accepted, in bytes.
  public var maxBytes: Int
  /// Deepest nesting of arrays and objects.
  public var maxDepth: Int
  /// Longest single string, in UTF-8 bytes after unescaping.
  public var maxStringBytes: Int
  /// Most elements in one array or members in one object.
  public var maxElements: Int

  /// Creates limits.
  public init(maxBytes: Int, maxDepth: Int, maxStringBytes: Int, maxElements: Int) {
    self.maxBytes = maxBytes
    self.maxDepth = maxDepth
    self.maxStringBytes = maxStringBytes
    self.maxElements = maxElements
  }

  /// The limits for catalogues.
  public static let catalog = JSONLimits(maxBytes: 256 << 20, maxDepth: 64, maxStringBytes: 65_536, maxElements: 2_000_000)
}
