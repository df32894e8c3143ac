/// A number an efficacy or safety result reports, named so that comparable rows can rank it.
public struct Measure: Sendable, Equatable {
  /// What is measured, e.g. `"ORR"` or `"grade 3–4 neutropenia"`.
  public var name: String
  /// The value.
  public var value: Double
  /// Its unit, e.g. `"%"` or `"months"`.
  public var unit: String?

  /// Creates a measure.
  public init(name: String, value: Double, unit: String? = nil) {
    self.name = name
    self.value = value
    self.unit = unit
  }
}
