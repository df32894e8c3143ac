import Foundation
import IMiDCore
import Testing

/// How much longer to fuzz than `make test` does: `IMID_FUZZ_SCALE=100 make test`.
enum FuzzScale {
  static var factor: Int {
    max(1, Int(ProcessInfo.processInfo.environment["IMID_FUZZ_SCALE"] ?? "") ?? 1)
  }
}

/// Long random key sequences (fixed seeds) at random sizes, with resizes and mouse events,
/// checking after every step that the browser's invariants hold.
@Suite struct BrowserFuzzTests {
  /// A small deterministic generator (SplitMix64), so every failure replays exactly.
  struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static let keys: [Key] = [
    .character("j"), .character("k"), .character("h"), .character("l"), .character("g"), .character("G"),
    .character(" "), .character("c"), .character("e"), .character("?"), .character("q"), .character("x"),
    .character("y"), .character("n"), .character("N"), .character("/"), .character("a"), .character("α"), .character("沙"), .character("\u{1B}"),
    .control("d"), .control("u"), .control("c"), .control("g"),
    .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .tab, .backTab, .enter, .backspace, .escape,
    .paste("q\n"), .paste("y"), .paste("line one\r\nline two\t\u{1B}[2J"), .paste(""), .paste("宽药/α\u{202E}"),
  ]

  func check(_ state: BrowserState, _ grid: Grid, step: Int) -> Bool {
    let catalog = state.catalog
    var ok = grid.width == state.width && grid.height == state.height && grid.cells.count == state.width * state.height
    ok = ok && (catalog.drugs.isEmpty || catalog.drugs.indices.contains(state.drugIndex))
    ok = ok && (catalog.mechanisms.isEmpty || catalog.mechanisms.indices.contains(state.mechanismIndex))
    ok = ok && state.drugScroll >= 0 && state.matrixScroll >= 0 && state.detailScroll >= 0
    ok = ok && state.marked.count <= 3 && Set(state.marked).count == state.marked.count
    if let compare = state.compare { ok = ok && (2...3).contains(compare.drugs.count) && compare.scroll >= 0 }
    for cell in grid.cells {
      // Blanks and printable ASCII are safe and one cell wide; anything else gets the full checks.
      if cell.text == " " { continue }
      if let scalar = cell.text.unicodeScalars.first, cell.text.unicodeScalars.count == 1,
        scalar.value >= 0x20 && scalar.value < 0x7F
      {
        continue
      }
      if cell.text.unicodeScalars.contains(where: { TextSafety.isUnsafe($0) }) || TextWidth.cells(of: cell.text) > 2 {
        ok = false
      }
    }
    return ok
  }

  @Test(arguments: [(UInt64(1), "mini.json"), (2, "mini.json"), (3, "core-only.json"), (4, "mini.json")])
  func randomKeysKeepEveryInvariant(seed: UInt64, fixture: String) {
    let catalog = BrowserHarness.catalog(fixture)
    var random = SplitMix(state: seed)
    var state = BrowserState(catalog: catalog, width: 80, height: 24)
    var failures = 0
    for step in 0..<25_000 * FuzzScale.factor {
      let roll = Int.random(in: 0..<100, using: &random)
      let key: Key
      if roll < 3 {
        key = .resize(width: Int.random(in: 0...220, using: &random), height: Int.random(in: 0...70, using: &random))
      } else if roll < 6 {
        let buttons: [Key.MouseButton] = [.left, .wheelUp, .wheelDown]
        key = .mouse(x: Int.random(in: -2...state.width + 2, using: &random), y: Int.random(in: -2...state.height + 2, using: &random),
          button: buttons[Int.random(in: 0..<3, using: &random)])
      } else {
        key = Self.keys[Int.random(in: 0..<Self.keys.count, using: &random)]
      }
      Browser.update(&state, key)
      // The front end would do the export; tell the model it worked or not at random.
      if Browser.takeEffect(&state) != nil {
        let outcomes: [ExportOutcome] = [.written(summary: "x"), .exists, .failed(reason: "no")]
        Browser.finishExport(&state, outcomes[Int.random(in: 0..<3, using: &random)])
      }
      if state.shouldQuit { state = BrowserState(catalog: catalog, width: state.width, height: state.height) }
      let grid = BrowserView.render(state)
      if !check(state, grid, step: step) {
        failures += 1
        if failures < 5 { Issue.record("invariant broken at step \(step) after \(key) (seed \(seed))") }
      }
    }
    #expect(failures == 0)
  }
}
