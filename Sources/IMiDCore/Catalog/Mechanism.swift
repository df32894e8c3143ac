/// A mechanism of action: a column of the drugs × mechanisms matrix.
public struct Mechanism: Sendable, Equatable {
  /// Unique key, e.g. `"tnf"`.
  public var id: String
  /// Display name, e.g. `"TNF-α inhibition"`.
  public var name: String
  /// Column header, e.g. `"TNF-α"`; falls back to the name.
  public var short: String?
  /// What the mechanism is.
  public var summary: String?
  /// Year it was first reported for the class.
  public var year: Int?
  /// Sources for the summary.
  public var cite: [String] = []

  /// Creates a mechanism with its core fields.
  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }

  /// The matrix column header.
  public var header: String { short ?? name }
}
