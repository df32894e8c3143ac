import ArgumentParser

/// `--format text|json|csv` for the list and the matrix.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, csv
}
