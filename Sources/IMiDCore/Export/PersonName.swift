/// One author of a source, split into the parts reference managers want: family name (with
/// its particle, "van der"), given initials written `L. G.`, and a suffix ("Jr."); or, for an
/// organisation or a single name, the name as written (`literal`).
///
/// The catalogue writes authors the MEDLINE way, `Corral LG`: surname words, then one word of
/// initials. BibTeX, RIS and CSL-JSON all read names differently from that, so the three
/// writers split names here, in one place, and agree.
public struct PersonName: Sendable, Equatable {
  /// The surname without its particle ("Berg" of "van der Berg A"), or the whole literal name.
  public var family: String
  /// Lower-case particle words before the surname ("van der", "de"), or "".
  public var particle: String
  /// Given names or initials, `L. G.` for `LG`; "" for a literal name.
  public var given: String
  /// "Jr.", "III" and the like, or "".
  public var suffix: String
  /// Whether the name is not a person's (an organisation, a single name): write it whole.
  public var isLiteral: Bool

  /// Creates a person's name from its parts.
  public init(family: String, given: String, particle: String = "", suffix: String = "") {
    self.family = family
    self.given = given
    self.particle = particle
    self.suffix = suffix
    self.isLiteral = false
  }

  /// A name kept whole: an organisation ("World Health Organization") or a single name ("Celgene").
  public static func literal(_ name: String) -> PersonName {
    var name = PersonName(family: name, given: "")
    name.isLiteral = true
    return name
  }

  /// The surname with its particle: "van der Berg".
  public var fullFamily: String { particle.isEmpty ? family : particle + " " + family }

  /// Whether an author entry stands for the authors left out ("et al.", "et al", "et. al.").
  public static func isEtAl(_ text: String) -> Bool {
    let letters = text.lowercased().filter { $0.isLetter }
    return letters == "etal"
  }

  /// Splits one catalogue author; nil for a blank entry or "et al.".
  ///
  /// `Corral LG` → Corral / L. G.; `van der Berg A` → particle "van der", Berg / A.;
  /// `Smith J Jr` → Smith / J. / Jr.; `Corral, Laura G.` (already split) is kept as split;
  /// anything without a final word of 1–4 capital initials (`Celgene`, `FDA`,
  /// `World Health Organization`) is literal.
  public static func parse(_ text: String) -> PersonName? {
    let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
    guard !words.isEmpty, !isEtAl(text) else { return nil }
    let whole = words.joined(separator: " ")
    if let comma = whole.firstIndex(of: ",") {
      // Already "Family, Given": keep the split, only spelling initials out.
      let family = whole[..<comma].split(separator: " ").map(String.init)
      let given = whole[whole.index(after: comma)...].split(separator: " ").map(String.init)
      guard !family.isEmpty, !given.isEmpty, !companySuffixes.contains(given[0]) else { return literal(whole) }
      return person(family, given: given.count == 1 ? initials(given[0]) ?? given[0] : given.joined(separator: " "))
    }
    var rest = words
    var suffix = ""
    if rest.count >= 3, let last = rest.last, suffixes.contains(last), initials(rest[rest.count - 2]) != nil {
      suffix = last
      rest.removeLast()
    }
    guard rest.count >= 2, let last = rest.last, let given = initials(last) else { return literal(whole) }
    var name = person(Array(rest.dropLast()), given: given)
    name.suffix = suffix
    return name
  }

  /// What follows the comma in a company's name ("Celgene, Inc."), which is no given name.
  static let companySuffixes: Set<String> = ["Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Corp", "Corp.", "Co", "Co.", "GmbH", "AG", "SA", "plc", "PLC"]

  /// Words that end a name as a generational suffix.
  static let suffixes: Set<String> = ["Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "2nd", "3rd"]

  /// Lower-case words that begin a surname as a particle (kept apart so that sorting and
  /// BibTeX's von part work): Dutch, German, French, Spanish, Portuguese and Italian ones.
  static let particles: Set<String> = [
    "van", "von", "der", "den", "de", "del", "della", "dei", "di", "da", "das", "do", "dos", "du", "la", "le", "ten", "ter", "zu", "y",
  ]

  /// A person from surname words: leading particle words split off while a surname remains.
  private static func person(_ familyWords: [String], given: String) -> PersonName {
    var words = familyWords[...]
    var particle: [String] = []
    while words.count > 1, let first = words.first, particles.contains(first) {
      particle.append(first)
      words = words.dropFirst()
    }
    return PersonName(family: words.joined(separator: " "), given: given, particle: particle.joined(separator: " "))
  }

  /// `LG` → `L. G.`, `J-P` → `J.-P.`, `L.G.` → `L. G.`; nil unless the word is 1–4 capital
  /// letters (hyphens and dots allowed between them).
  static func initials(_ word: String) -> String? {
    let pieces = word.split(separator: "-", omittingEmptySubsequences: false)
    var letters = 0
    var spelled: [String] = []
    for piece in pieces {
      let capitals = piece.filter { $0 != "." }
      guard !capitals.isEmpty, capitals.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
      letters += capitals.count
      spelled.append(capitals.map { String($0) + "." }.joined(separator: " "))
    }
    guard letters <= 4 else { return nil }
    return spelled.joined(separator: "-")
  }
}
