#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ArgumentParser
import IMiDCore

/// `imid export`: a view in full, in a format people paste elsewhere, to stdout or a file.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a view in full: drugs, matrix, compare, citation, drug, review or timeline.",
    discussion: """
      --view compare takes two or three --drug; --view drug one --drug; --view citation takes \
      --citation ID (a source), or --drug D (its sources), or --drug D --mechanism M (a matrix \
      cell's evidence). Without -o, or with -o -, it writes to stdout. A file is written \
      atomically and never replaced without --force (exit 73); --force keeps the file's mode \
      and owner, and writes through a symbolic link to its target. A device or FIFO is written \
      in place. An I/O failure exits 74 and leaves no file behind.
      """)

  /// Views that can be exported.
  enum View: String, ExpressibleByArgument, CaseIterable {
    case drugs, matrix, compare, citation, drug, review, timeline
  }

  @OptionGroup var source: CatalogOption
  @Option(help: "The view: drugs, matrix, compare, citation, drug, review or timeline.") var view: View
  @Option(name: .customLong("drug"), help: ArgumentHelp("A drug (repeat for compare).", valueName: "drug")) var drugs: [String] = []
  @Option(help: ArgumentHelp("A source, for --view citation.", valueName: "id")) var citation: String?
  @Option(help: ArgumentHelp("A mechanism, with one --drug, for --view citation: that matrix cell.", valueName: "id")) var mechanism: String?
  @Option(help: "Format: text, md, csv, json, bibtex, ris or csl-json.") var format: String = "text"
  @Option(help: ArgumentHelp("Width of text output in cells (default 80).", valueName: "n")) var width: Int = 80
  @Flag(help: "Plain ASCII text (TNF-alpha, +/|/- rules).") var ascii = false
  @Option(name: [.short, .customLong("output")], help: ArgumentHelp("File to write (default, or -: stdout).", valueName: "file")) var output: String?
  @Flag(help: "Replace the output file if it exists.") var force = false

  func validate() throws {
    guard ExportFormat(rawValue: format) != nil else {
      throw ValidationError("unknown format '\(format)' (use text, md, csv, json, bibtex, ris or csl-json)")
    }
    guard (20...1000).contains(width) else { throw ValidationError("--width must be between 20 and 1000, not \(width)") }
  }

  func run() throws {
    let catalog = try CatalogFile.load(source.catalog).catalog
    let exportView = try resolveView(catalog)
    let format = ExportFormat(rawValue: format) ?? .text
    let document = Exporter.export(catalog, exportView, format: format, width: width, ascii: ascii)
    guard let output, !Self.meansStandardOutput(output) else {
      try Output.write(document.contents)
      return
    }
    // An export must not be killed half-way by a file-size limit: report it instead.
    signal(SIGXFSZ, SIG_IGN)
    let path = PathName(argument: output)
    do {
      try AtomicFileWriter.write(document.contents, to: path, overwrite: force, guardSignals: true)
    } catch {
      throw CLIError(error.code, error.message)
    }
    Terminal.printError("imid: exported \(document.summary) to \(path.shown)")
  }

  /// `-`, and the names that mean this process's standard output (`/dev/stdout`, `/dev/fd/1`,
  /// `/proc/self/fd/1`): written to descriptor 1 as it is, never opened, replaced or renamed.
  static func meansStandardOutput(_ output: String) -> Bool {
    ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].contains(output)
  }

  private func resolveView(_ catalog: Catalog) throws(CLIError) -> ExportView {
    var indexes: [Int] = []
    for drug in drugs { indexes.append(try DrugArgument.resolve(drug, in: catalog)) }
    switch view {
    case .drugs: return .drugs
    case .matrix: return .matrix
    case .compare:
      guard (2...3).contains(indexes.count), Set(indexes).count == indexes.count else {
        throw CLIError(.usage, "--view compare needs two or three different --drug")
      }
      return .compare(indexes.sorted())
    case .drug:
      guard indexes.count == 1 else { throw CLIError(.usage, "--view drug needs exactly one --drug") }
      return .drug(indexes[0])
    case .review:
      guard indexes.isEmpty else { throw CLIError(.usage, "--view review takes no --drug") }
      return .review
    case .timeline:
      guard indexes.count <= 1 else { throw CLIError(.usage, "--view timeline takes at most one --drug") }
      return .timeline(drug: indexes.first)
    case .citation:
      if let citation {
        guard let found = CitationLookup(catalog).citation(for: citation) else {
          throw CLIError(.usage, "unknown citation '\(TextSafety.sanitized(citation))' (see 'imid cite')")
        }
        return .citation(.citation(found.id))
      }
      guard indexes.count == 1 else {
        throw CLIError(.usage, "--view citation needs --citation ID, or one --drug (and optionally --mechanism)")
      }
      guard let mechanism else { return .citation(.drug(indexes[0])) }
      guard let m = MechanismLookup(catalog).index(of: mechanism) else {
        throw CLIError(.usage, "unknown mechanism '\(TextSafety.sanitized(mechanism))' (see 'imid matrix')")
      }
      return .citation(.cell(drug: indexes[0], mechanism: m))
    }
  }
}
