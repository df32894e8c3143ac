import Foundation
import Testing

@Suite struct CommandLineTests {
  @Test func versionAndHelpExitZero() throws {
    let version = try Binary.run(["--version"])
    #expect(version.status == 0)
    // The program's version, then the built-in catalogue's edition: its `version` and `date`.
    let lines = version.stdoutLines
    #expect(lines.first == "imid 0.1.0")
    #expect(lines.count == 3 && lines[2] == "", "\(version.stdout)")
    #expect(lines.dropFirst().first?.wholeMatch(of: /built-in catalogue [0-9.]+ \([0-9]{4}-[0-9]{2}-[0-9]{2}\)/) != nil, "\(version.stdout)")
    let help = try Binary.run(["--help"])
    #expect(help.status == 0)
    for word in ["list", "show", "matrix", "cite", "validate", "--catalog"] {
      #expect(help.stdout.contains(word), "help lacks \(word)")
    }
  }

  @Test func reviewAndTimelinePrintTheirTextAndFormats() throws {
    let review = try Binary.run(["review", "--width", "80"])
    #expect(review.status == 0, "\(review.stderr)")
    #expect(review.stdout.hasPrefix("Galustian C, et al. Thalidomide-derived"), "\(review.stdout.prefix(200))")
    #expect(review.stdout.contains("Claims (9)"))
    let timeline = try Binary.run(["timeline", "--drug", "revlimid", "--format", "csv"])
    #expect(timeline.status == 0, "\(timeline.stderr)")
    // CSV lines end in CRLF, one Character in Swift: split on the string.
    let rows = timeline.stdout.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
    #expect(!rows.isEmpty && rows.allSatisfy { !$0.contains(",thalidomide,") && !$0.contains(",pomalidomide,") })
    for format in ["md", "json"] {
      #expect(try Binary.run(["review", "--format", format]).status == 0)
      #expect(try Binary.run(["timeline", "--format", format]).status == 0)
    }
    for view in ["review", "timeline"] {
      let bib = try Binary.run(["export", "--view", view, "--format", "bibtex"])
      #expect(bib.status == 0 && bib.stdout.contains("@article{galustian2004,"), "\(view): \(bib.stderr)")
    }
    let unknown = try Binary.run(["timeline", "--drug", "aspirin"])
    #expect(unknown.status == 64)
  }

  @Test func aCatalogueWithoutAReviewGetsANoteAndExitsZero() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("imid-noreview-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("plain.json")
    try Data(#"{"drugs": [{"id": "a", "name": "A"}]}"#.utf8).write(to: file)
    let run = try Binary.run(["review", "--catalog", file.path])
    #expect(run.status == 0)
    #expect(run.stdout == "")
    #expect(run.stderr.hasPrefix("imid: This catalogue names no review"), "\(run.stderr)")
    #expect(run.stderr.filter { $0 == "\n" }.count == 1, "the note is one line")
  }

  @Test func withoutATerminalItPrintsTheDrugList() throws {
    let run = try Binary.run([])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    let list = try Binary.run(["list"])
    #expect(run.stdout == list.stdout)
    for name in ["Thalidomide", "Lenalidomide", "Pomalidomide", "CC-5013", "CC-4047"] {
      #expect(run.stdout.contains(name), "list lacks \(name)")
    }
  }

  @Test func drugsMatchByIdNameCodeOrBrandIgnoringCase() throws {
    for query in ["cc-5013", "LENALIDOMIDE", "revlimid", "lenalidomide"] {
      let run = try Binary.run(["show", query, "--width", "80"])
      #expect(run.status == 0, "\(query): \(run.stderr)")
      #expect(run.stdout.hasPrefix("Lenalidomide (CC-5013)"), "\(query)")
    }
  }

  @Test func anUnknownDrugIsAUsageErrorWithASuggestion() throws {
    let run = try Binary.run(["show", "lenalidomid"])
    #expect(run.status == 64)
    #expect(run.stdout == "")
    #expect(run.stderrLines == ["imid: unknown drug 'lenalidomid'; did you mean 'lenalidomide'? (see 'imid list')"])
    let far = try Binary.run(["show", "aspirin"])
    #expect(far.status == 64)
    #expect(far.stderrLines == ["imid: unknown drug 'aspirin' (see 'imid list')"])
  }

  @Test func usageErrorsExit64WithOneLine() throws {
    for arguments in [["--bogus"], ["frobnicate"], ["list", "--format", "xml"], ["show"], ["list", "--width", "3"]] {
      let run = try Binary.run(arguments)
      #expect(run.status == 64, "\(arguments)")
      #expect(run.stderrLines.count == 1, "\(arguments): \(run.stderr)")
      #expect(run.stderr.hasPrefix("imid: "), "\(arguments)")
    }
  }

  @Test func aMissingOrUnreadableCatalogueExits66() throws {
    let missing = try Binary.run(["--catalog", "/no/such/file.json", "list"])
    #expect(missing.status == 66)
    #expect(missing.stderrLines == ["imid: /no/such/file.json: cannot open: No such file or directory"])
    let directory = try Binary.run(["list", "--catalog", "/tmp"])
    #expect(directory.status == 66)
    #expect(directory.stderrLines == ["imid: /tmp: is a directory, not a catalogue file"])
    let validateMissing = try Binary.run(["validate", "nope.json"])
    #expect(validateMissing.status == 66)
  }

  /// A regular file is read straight into memory, anything else (a FIFO, whose size is 0) a
  /// chunk at a time: both give the whole catalogue. Made in a private folder.
  @Test func aCatalogueIsReadWholeFromAFileOrAFIFO() throws {
    let directory = try Shell.scratch()
    defer { try? FileManager.default.removeItem(at: directory) }
    let catalogue = FileManager.default.currentDirectoryPath + "/Resources/catalog.json"
    let run = try Shell.run(
      #"""
      "$0" validate "\#(catalogue)" > file.txt && mkfifo pipe && { cat "\#(catalogue)" > pipe & } &&
      "$0" validate pipe > pipe.txt; status=$?; wait; exit $status
      """#, in: directory)
    #expect(run.status == 0, "\(run.stderrText)")
    let file = try String(contentsOf: directory.appendingPathComponent("file.txt"), encoding: .utf8)
    let pipe = try String(contentsOf: directory.appendingPathComponent("pipe.txt"), encoding: .utf8)
    #expect(file.components(separatedBy: ": ok: ").last == pipe.components(separatedBy: ": ok: ").last)
    #expect(pipe.hasPrefix("pipe: ok: 6 drugs, "))
  }

  @Test func validatingTheBuiltInCatalogueFileSucceedsWithCounts() throws {
    let run = try Binary.run(["validate", "Resources/catalog.json"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr == "")
    #expect(run.stdout.hasPrefix("Resources/catalog.json: ok: 6 drugs, "))
  }

  @Test func listAndMatrixSpeakJSONAndCSV() throws {
    let json = try Binary.run(["list", "--format", "json"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let drugs = object?["drugs"] as? [[String: Any]]
    #expect(drugs?.compactMap { $0["id"] as? String } == ["thalidomide", "lenalidomide", "pomalidomide", "iberdomide", "mezigdomide", "avadomide"])

    let csv = try Binary.run(["list", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("id,name,codes,brands,generation,first_approval,sources,first_marketed\r\n"))
    // One shape per view: the same bytes as the export.
    #expect(csv.stdout == (try Binary.run(["export", "--view", "drugs", "--format", "csv"])).stdout)

    let matrix = try Binary.run(["matrix", "--format", "json"])
    let grid = try JSONSerialization.jsonObject(with: Data(matrix.stdout.utf8)) as? [String: Any]
    #expect((grid?["rows"] as? [Any])?.count == 6)
    let matrixCSV = try Binary.run(["matrix", "--format", "csv"])
    #expect(matrixCSV.stdout.hasPrefix("drug,mechanism,grade,grade_word,year,after_horizon,note,cite,level\r\nthalidomide,tnf,"))
    #expect(matrix.stdout == (try Binary.run(["export", "--view", "matrix", "--format", "json"])).stdout)
  }

  @Test func textFitsTheRequestedWidthAndCarriesNoEscapes() throws {
    for arguments in [["list"], ["matrix"], ["show", "thalidomide"], ["cite", "galustian2004"]] {
      for width in [40, 80, 132] {
        let run = try Binary.run(arguments + ["--width", String(width)])
        #expect(run.status == 0, "\(arguments) \(width): \(run.stderr)")
        #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B }, "\(arguments)")
        for line in run.stdoutLines {
          #expect(line.unicodeScalars.count <= width, "\(arguments) at \(width): \(line)")
        }
      }
    }
  }

  @Test func citeFindsASourceByIdPMIDOrDOI() throws {
    for query in ["galustian2004", "15571458", "10.1517/14712598.4.12.1963"] {
      let run = try Binary.run(["cite", query])
      #expect(run.status == 0, "\(query)")
      #expect(run.stdout.contains("Thalidomide-derived immunomodulatory drugs as therapeutic agents"))
      #expect(run.stdout.contains("PMID 15571458"))
    }
    let unknown = try Binary.run(["cite", "smith2001"])
    #expect(unknown.status == 64)
  }

  @Test func aCatalogueOfAnotherDrugClassWithOnlyTheCoreWorks() throws {
    let fixture = Binary.packageRoot.appendingPathComponent("Tests/IMiDCoreTests/Fixtures/core-only.json").path
    let list = try Binary.run(["--catalog", fixture, "list"])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("Examplinib"))
    let show = try Binary.run(["show", "SAMPLIMAB", "--catalog", fixture])
    #expect(show.status == 0)
    #expect(show.stdout.contains("Fictional rash"))
    let validate = try Binary.run(["validate", fixture])
    #expect(validate.stdout.hasSuffix("ok: 3 drugs, 2 mechanisms, 3 effects, 1 efficacy, 1 safety, 2 citations (0 with PMID or DOI)\n"))
  }

  @Test func compareFitsItsWidthAndRefusesBadDrugLists() throws {
    let run = try Binary.run(["compare", "thalidomide", "lenalidomide", "pomalidomide", "--width", "80"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdoutLines
    #expect(lines.first?.contains("│ Thalidomide") == true, "the summary table comes first")
    #expect(lines.contains { $0.hasPrefix("Efficacy · ") } && lines.contains { $0.hasPrefix("Safety · ") })
    #expect(lines.contains("Details") && lines.contains("Efficacy") && lines.contains("Safety") && lines.contains("References"))
    for line in lines { #expect(line.unicodeScalars.count <= 80, "\(line)") }
    #expect(run.stdout.contains("No row is declared comparable"))

    let one = try Binary.run(["compare", "thalidomide"])
    #expect(one.status == 64)
    #expect(one.stderrLines == ["imid: compare needs two or three drugs: imid compare DRUG DRUG [DRUG] (see 'imid --help')"])
    let typo = try Binary.run(["compare", "thalidomide", "lenalidomid"])
    #expect(typo.status == 64)
    #expect(typo.stderrLines == ["imid: unknown drug 'lenalidomid'; did you mean 'lenalidomide'? (see 'imid list')"])
    let summary = try Binary.run(["compare", "thalidomide", "lenalidomide", "pomalidomide", "--summary", "--width", "120"])
    #expect(summary.status == 0)
    #expect(summary.stdoutLines.count < 70, "the summary is about a screen: \(summary.stdoutLines.count) lines")
    #expect(!summary.stdout.contains("Details"))
    for format in ["md", "json"] {
      let other = try Binary.run(["compare", "cc-5013", "cc-4047", "--format", format])
      #expect(other.status == 0)
      #expect(other.stdout.contains("Lenalidomide") && other.stdout.contains("Pomalidomide"))
    }
  }
}
