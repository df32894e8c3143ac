import ArgumentParser

/// `--catalog FILE`: the catalogue to read instead of the built-in one. Accepted before or after
/// the subcommand (`imid --catalog F list`, `imid list --catalog F`).
struct CatalogOption: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Catalogue JSON file to read (default: the built-in one).", valueName: "file"))
  var catalog: String?
}
