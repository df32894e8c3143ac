/// One problem found in a catalogue, located by line and column (syntax) or JSON path (meaning).
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
  /// Whether the problem stops the catalogue from loading.
  public enum Severity: Sendable, Equatable {
    /// The catalogue cannot be used.
    case error
    /// Worth knowing, but the catalogue loads (e.g. an unknown key).
    case warning
  }

  /// Error or warning.
  public var severity: Severity
  /// The file as the user named it.
  public var source: String
  /// `12:5` for a syntax error, `effects[4].cite[0]` for a semantic one, nil for the whole file.
  public var location: String?
  /// What is wrong.
  public var message: String

  /// Creates a diagnostic.
  public init(_ severity: Severity, source: String, location: String?, message: String) {
    self.severity = severity
    self.source = source
    self.location = location
    self.message = message
  }

  /// One line: `catalog.json:12:5: message` or `catalog.json: effects[4].cite[0]: message`.
  public var description: String {
    guard let location else { return "\(source): \(message)" }
    if location.first?.isNumber == true { return "\(source):\(location): \(message)" }
    return "\(source): \(location): \(message)"
  }
}
