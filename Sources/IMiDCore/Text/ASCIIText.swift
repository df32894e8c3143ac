/// Plain-ASCII text for `--ascii` exports (old terminals, e-mail, LaTeX without Unicode).
///
/// Content is transliterated before layout (`TNF-α` → `TNF-alpha`, `≥` → `>=`, `ö` → `o`), so
/// tables are measured on the ASCII text; the renderers' own one-cell glyphs (rules, `—`, `…`,
/// `†`) are then swapped one for one (`glyphs`), which keeps every column aligned.
public enum ASCIIText {
  private static let words: [Character: String] = [
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa", "λ": "lambda", "μ": "u", "µ": "u",
    "Α": "Alpha", "Β": "Beta", "Γ": "Gamma", "Δ": "Delta", "Κ": "Kappa",
    "≥": ">=", "≤": "<=", "±": "+/-", "×": "x", "→": "->", "←": "<-", "’": "'", "‘": "'", "“": "\"", "”": "\"",
    "–": "-", "—": "-", "…": "...", "•": "*", "·": "-", "°": " deg", "®": "(R)", "™": "(TM)", "ß": "ss",
    "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "†": "^",
  ]

  private static let letters: [Character: Character] = {
    var map: [Character: Character] = [:]
    let groups: [(String, Character)] = [
      ("àáâãäåā", "a"), ("ÀÁÂÃÄÅĀ", "A"), ("çćč", "c"), ("ÇĆČ", "C"), ("èéêëēě", "e"), ("ÈÉÊËĒĚ", "E"),
      ("ìíîïī", "i"), ("ÌÍÎÏĪ", "I"), ("ñń", "n"), ("ÑŃ", "N"), ("òóôõöō", "o"), ("ÒÓÔÕÖŌ", "O"),
      ("ùúûüū", "u"), ("ÙÚÛÜŪ", "U"), ("ýÿ", "y"), ("Ý", "Y"), ("šś", "s"), ("ŠŚ", "S"), ("žź", "z"), ("ŽŹ", "Z"),
    ]
    for (accented, base) in groups { for character in accented { map[character] = base } }
    return map
  }()

  /// `text` in ASCII: known characters spelled out, accents dropped, anything else `?`.
  public static func transliterate(_ text: String) -> String {
    guard !text.allSatisfy(\.isASCII) else { return text }
    var out = ""
    for character in text {
      if character.isASCII {
        out.append(character)
      } else if let word = words[character] {
        out += word
      } else if let letter = letters[character] {
        out.append(letter)
      } else {
        out.append("?")
      }
    }
    return out
  }

  private static let glyphMap: [Character: Character] = [
    "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "┏": "+", "┓": "+",
    "┗": "+", "┛": "+", "—": "-", "–": "-", "…": "~", "†": "^", "•": "*", "·": "-", "▸": ">", "★": "*",
    "●": "*", "‹": "<", "›": ">", "◀": "<", "▶": ">", "×": "x",
    // The review's status marks and the timeline's histogram.
    "✓": "+", "✗": "x", "▲": "^", "↓": "v", "↑": "^", "←": "<", "→": ">", "▏": "|", "▎": "|", "▍": "|", "▌": "|", "▋": "|", "▊": "#", "▉": "#", "▁": "_", "▂": ".", "▃": ".", "▄": ":", "▅": ":", "▆": "|", "▇": "|", "█": "#",
  ]

  /// A rendered line with the renderers' one-cell glyphs swapped for one ASCII character each
  /// (anything still not ASCII becomes `?`, so the output is pure ASCII whatever happens).
  public static func glyphs(_ line: String) -> String {
    guard !line.allSatisfy(\.isASCII) else { return line }
    return String(line.map { $0.isASCII ? $0 : (glyphMap[$0] ?? "?") })
  }
}

extension Catalog {
  /// A copy with every text field passed through `transform` (ids and identifiers too, since
  /// they are shown): used to lay out ASCII exports.
  public func mappingText(_ transform: (String) -> String) -> Catalog {
    func t(_ s: String?) -> String? { s.map(transform) }
    let drugs = self.drugs.map { drug -> Drug in
      var d = drug
      d.name = transform(d.name)
      d.codes = d.codes.map(transform)
      d.brands = d.brands.map(transform)
      d.generation = t(d.generation)
      d.summary = t(d.summary)
      d.formula = t(d.formula)
      d.molarMass = t(d.molarMass)
      d.approvals = d.approvals.map { var a = $0; a.indication = t(a.indication); a.region = t(a.region); return a }
      d.firstMarketed = d.firstMarketed.map { var m = $0; m.region = t(m.region); m.brand = t(m.brand); return m }
      return d
    }
    let mechanisms = self.mechanisms.map { m -> Mechanism in
      var m = m
      m.name = transform(m.name)
      m.short = t(m.short)
      m.summary = t(m.summary)
      return m
    }
    let effects = self.effects.map { e -> Effect in var e = e; e.note = t(e.note); return e }
    let efficacy = self.efficacy.map { r -> EfficacyResult in
      var r = r
      r.outcome = transform(r.outcome)
      r.study = t(r.study); r.design = t(r.design); r.population = t(r.population)
      r.setting = t(r.setting); r.regimen = t(r.regimen)
      return r
    }
    let safety = self.safety.map { r -> SafetyResult in
      var r = r
      r.event = transform(r.event)
      r.category = t(r.category); r.rate = t(r.rate); r.severity = t(r.severity)
      r.context = t(r.context); r.study = t(r.study)
      return r
    }
    let citations = self.citations.map { c -> Citation in
      var c = c
      c.title = transform(c.title)
      c.authors = c.authors.map(transform)
      c.journal = t(c.journal); c.publisher = t(c.publisher); c.summary = t(c.summary)
      c.pages = t(c.pages); c.volume = t(c.volume); c.issue = t(c.issue)
      return c
    }
    let comparable = self.comparable.map { r -> ComparableRule in
      var r = r
      // Group names must keep matching the transliterated settings and categories.
      r.group = transform(r.group); r.measure = transform(r.measure); r.note = t(r.note)
      return r
    }
    let claims = self.claims.map { c -> Claim in
      var c = c
      c.text = transform(c.text); c.verdict = transform(c.verdict)
      return c
    }
    let events = self.events.map { e -> TimelineEvent in var e = e; e.text = transform(e.text); return e }
    return Catalog(
      title: t(title), review: review, horizon: horizon, drugs: drugs, mechanisms: mechanisms, effects: effects,
      efficacy: efficacy.map { var r = $0; r.measure = r.measure.map { var m = $0; m.name = transform(m.name); return m }; return r },
      safety: safety.map { var r = $0; r.measure = r.measure.map { var m = $0; m.name = transform(m.name); return m }; return r },
      citations: citations, comparable: comparable, claims: claims, events: events)
  }
}
