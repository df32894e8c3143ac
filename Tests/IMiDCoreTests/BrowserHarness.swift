import IMiDCatalogData
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

  /// A fixture catalogue. One that does not load stops the run loudly: a test silently given
  /// an empty catalogue instead could pass without testing anything.
  static func catalog(_ fixture: String) -> Catalog {
    load(Fixture.bytes(fixture), fixture)
  }

  /// The built-in catalogue (stops the run loudly if it does not load).
  static let builtin = load(BuiltinCatalog.bytes, "builtin")

  private static func load(_ bytes: [UInt8], _ name: String) -> Catalog {
    do {
      return try CatalogLoader.load(bytes, source: name, currentYear: 2026).catalog
    } catch {
      preconditionFailure("\(name) did not load: \(error.diagnostics.map(\.description))")
    }
  }
}
