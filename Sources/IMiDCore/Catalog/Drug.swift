/// A drug: its identity, approvals and a short summary. `id` and `name` are core; the rest is optional.
public struct Drug: Sendable, Equatable {
  /// Unique key other entries refer to, e.g. `"lenalidomide"`.
  public var id: String
  /// Display name, e.g. `"Lenalidomide"`.
  public var name: String
  /// Code names, e.g. `["CC-5013"]`.
  public var codes: [String] = []
  /// Brand names, e.g. `["Revlimid"]`.
  public var brands: [String] = []
  /// Short class or generation label, e.g. `"2nd-gen IMiD"`.
  public var generation: String?
  /// A few sentences about the drug.
  public var summary: String?
  /// Molecular formula, e.g. `"C13H13N3O3"`.
  public var formula: String?
  /// Molar mass as text, e.g. `"259.26 g/mol"`.
  public var molarMass: String?
  /// CAS registry number.
  public var cas: String?
  /// ATC code.
  public var atc: String?
  /// When and where it was first sold, when that is not its first approval listed.
  public var firstMarketed: FirstMarketing?
  /// Regulatory approvals, oldest first.
  public var approvals: [Approval] = []
  /// Sources for the summary and identity.
  public var cite: [String] = []

  /// Creates a drug with its core fields.
  public init(id: String, name: String) {
    self.id = id
    self.name = name
  }

  /// Every name a person may type to find this drug: id, name, code names and brands.
  public var aliases: [String] { [id, name] + codes + brands }
}
