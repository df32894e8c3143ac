/// One efficacy result: a study's finding for a drug.
public struct EfficacyResult: Sendable, Equatable {
  /// Unique key among efficacy results, so a claim's evidence can name it (optional).
  public var id: String?
  /// Drug id.
  public var drug: String
  /// What the study found, e.g. "ORR 60.6% vs 21.9%; median TTP 13.4 vs 4.6 months".
  public var outcome: String
  /// Sources (at least one).
  public var cite: [String]
  /// Trial or study name.
  public var study: String?
  /// Design, e.g. "phase 3, randomised, double-blind".
  public var design: String?
  /// Patients in the analysis.
  public var n: Int?
  /// Who was treated.
  public var population: String?
  /// Indication or setting label that lines results up across drugs.
  public var setting: String?
  /// What was given.
  public var regimen: String?
  /// Year the result was published.
  public var year: Int?
  /// The number it reports, for comparable rows.
  public var measure: Measure?
  /// Whether it heads its row in the compare summary (else the largest randomised trial does).
  public var headline = false

  /// Creates a result with its core fields.
  public init(drug: String, outcome: String, cite: [String]) {
    self.drug = drug
    self.outcome = outcome
    self.cite = cite
  }
}
