import IMiDCore

/// Drives the browser like a person would: keys in, screens out.
struct BrowserHarness {
  var state: BrowserState

  init(_ catalog: Catalog, width: Int = 80, height: Int = 24) {
    state = BrowserState(catalog: catalog, width: width, height: height)
  }

  /// Sends keys; a string sends each character as a key.
  mutating func send(_ keys: Key...) {
    for key in keys { Browser.update(&state, key) }
  }

  mutating func type(_ text: String) {
    for character in text { Browser.update(&state, .character(character)) }
  }

  var screen: [String] { BrowserView.render(state).lines }
  var text: String { screen.joined(separator: "\n") }

  /// A catalogue of `count` drugs named "Drug 0", "Drug 1", … and one mechanism.
  static func numberedDrugs(_ count: Int) -> Catalog {
    Catalog(drugs: (0..<count).map { Drug(id: "d\($0)", name: "Drug \($0)") }, mechanisms: [Mechanism(id: "m", name: "M")])
  }

  static func catalog(_ fixture: String) -> Catalog {
    (try? CatalogLoader.load(Fixture.bytes(fixture), source: fixture, currentYear: 2026).catalog) ?? Catalog(drugs: [])
  }
}
