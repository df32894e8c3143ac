/// What the Citation pane is about, and what a citation export contains: shared by the browser
/// and the exporters (Views/ sits below both, so neither depends on the other for it).
public enum DetailSubject: Sendable, Equatable {
  /// Nothing (an empty catalogue).
  case none
  /// A drug: its summary and sources.
  case drug(Int)
  /// A matrix cell: its note, year and sources in full.
  case cell(drug: Int, mechanism: Int)
  /// One source in full.
  case citation(String)
}
