import IMiDCatalogData
import IMiDCore

/// What `imid --version` prints: the program's version, then the built-in catalogue's edition
/// (its top-level `version` and `date`), so a bug report names both.
enum VersionText {
  /// `imid 0.1.0` and `built-in catalogue 2026.11 (2026-11-26)`; the second line says
  /// "unversioned" for a catalogue without a `version`.
  static func lines() -> [String] {
    let program = "imid \(Imid.version)"
    guard let catalog = try? CatalogFile.load(nil).catalog else { return [program] }
    return [program, "built-in catalogue " + edition(version: catalog.version, date: catalog.date)]
  }

  /// `2026.11 (2026-11-26)`, `2026.11`, `unversioned (2026-11-26)` or `unversioned`.
  static func edition(version: String?, date: String?) -> String {
    (version ?? "unversioned") + (date.map { " (\($0))" } ?? "")
  }
}
