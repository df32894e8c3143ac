/// Why a catalogue could not be loaded, with every error found (never just the first).
public struct CatalogLoadError: Error, Sendable, Equatable {
  /// The errors, in file order, then the warnings.
  public var diagnostics: [Diagnostic]

  /// Creates an error.
  public init(diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

  /// Only the errors.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}
