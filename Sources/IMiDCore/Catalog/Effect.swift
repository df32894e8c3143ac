/// A graded matrix cell: how a drug acts through a mechanism, and the evidence.
public struct Effect: Sendable, Equatable {
  /// Drug id.
  public var drug: String
  /// Mechanism id.
  public var mechanism: String
  /// The grade: how strong the reported effect is (not how much evidence there is).
  public var grade: Grade
  /// What the grade rests on: a class statement, cells, animals or people (nil: not given).
  public var level: EvidenceLevel?
  /// What the grade rests on.
  public var note: String?
  /// Year of the finding the grade rests on.
  public var year: Int?
  /// Sources (at least one).
  public var cite: [String]

  /// Creates an effect.
  public init(drug: String, mechanism: String, grade: Grade, cite: [String]) {
    self.drug = drug
    self.mechanism = mechanism
    self.grade = grade
    self.cite = cite
  }
}
