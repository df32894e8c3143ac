/// One safety result: an adverse event of a drug, its rate and context.
public struct SafetyResult: Sendable, Equatable {
  /// Unique key among safety results, so a claim's evidence can name it (optional).
  public var id: String?
  /// Drug id.
  public var drug: String
  /// The adverse event.
  public var event: String
  /// Sources (at least one).
  public var cite: [String]
  /// Adverse-event group that lines results up across drugs.
  public var category: String?
  /// Rate as reported.
  public var rate: String?
  /// Grade as reported, e.g. "grade 3–4".
  public var severity: String?
  /// Regimen or setting the rate comes from.
  public var context: String?
  /// Trial or study name.
  public var study: String?
  /// Whether this is a boxed label warning.
  public var boxed: Bool = false
  /// Year the result was published.
  public var year: Int?
  /// The number it reports, for comparable rows.
  public var measure: Measure?
  /// Whether it heads its row in the compare summary (else the most recent result does).
  public var headline = false

  /// Creates a result with its core fields.
  public init(drug: String, event: String, cite: [String]) {
    self.drug = drug
    self.event = event
    self.cite = cite
  }
}
