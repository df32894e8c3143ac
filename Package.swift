// swift-tools-version:6.0
import PackageDescription

/// imid: a keyboard-driven terminal browser for the thalidomide-derived immunomodulatory drugs.
///
/// Layers, from the bottom up:
/// - `IMiDCore`: pure Swift (no terminal, no ncurses): catalogue model, JSON loading and
///   validation, queries, text layout and every rendering of a view into plain lines.
/// - `IMiDCatalogData`: the built-in catalogue, `Resources/catalog.json`, embedded in the binary
///   with its `CatalogSnapshot`.
/// - `CCurses` and `IMiDCurses`: the ncurses front end (the only code that touches the terminal).
/// - `CTempGuard`: removes an export's temporary file when a signal ends the process.
/// - `CProcess`: process-wide settings and threads Swift does not expose (the malloc arena
///   policy, a thread started on another CPU).
/// - `imid`: the command line (swift-argument-parser).
let package = Package(
  name: "imid",
  products: [
    .executable(name: "imid", targets: ["imid"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .target(name: "IMiDCore"),
    .target(
      name: "IMiDCatalogData",
      dependencies: ["IMiDCore"],
      // catalog.json here is a symlink to the top-level Resources/catalog.json; its snapshot
      // (BuiltinCatalog+Snapshot.swift) is written by the tests (BuiltinSnapshotTests).
      resources: [.embedInCode("catalog.json")]
    ),
    // The ncurses front end: a C shim over ncursesw, and the Swift driver that paints the
    // model's cell grid and feeds it keys. The only code that touches the terminal.
    .target(name: "CCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
    .target(name: "IMiDCurses", dependencies: ["IMiDCore", "CCurses", "CProcess"]),
    // Removes an export's temporary file when a signal ends the process (async-signal-safe C).
    .target(name: "CTempGuard"),
    // Process-wide settings and threads Swift does not expose (one malloc arena for every
    // thread, a loading thread started on another CPU).
    .target(name: "CProcess"),
    .executableTarget(
      name: "imid",
      dependencies: [
        "IMiDCore",
        "IMiDCatalogData",
        "IMiDCurses",
        "CTempGuard",
        "CProcess",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "IMiDCoreTests",
      dependencies: ["IMiDCore", "IMiDCatalogData"],
      exclude: ["Snapshots", "Fixtures"]
    ),
    .testTarget(
      name: "IMiDEndToEndTests",
      dependencies: ["imid"],
      exclude: ["BrokenCatalogs"]
    ),
  ]
)
