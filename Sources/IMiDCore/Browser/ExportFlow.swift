/// The browser's export: `e` opens a prompt with a default name (`imid-<view>-<date>.txt`),
/// typing edits it, Enter asks the front end to write, Esc cancels; when the file exists the
/// prompt asks before replacing it. The status line then says what was written, or why not.
enum ExportFlow {
  /// The longest file name, in characters.
  static let maximumLength = 4096

  /// The view `e` exports now: the compare view, or the focused pane; a drug shown in the
  /// Citation pane exports in full.
  static func currentView(_ state: BrowserState) -> ExportView {
    if let reader = state.reader {
      // The page shown when it is a view of its own, else the review or timeline it came from.
      for page in reader.pages.reversed() {
        switch page.subject {
        case .review, .claim: return .review
        case .timeline(let drug): return .timeline(drug: drug)
        case .detail(.drug(let index)): return .drug(index)
        case .detail(let subject): return .citation(subject)
        case .efficacy, .safety, .event, .search: continue
        }
      }
      return .review
    }
    if let compare = state.compare { return .compare(compare.drugs) }
    switch state.focus {
    case .drugs: return .drugs
    case .matrix: return .matrix
    case .detail:
      if case .drug(let index) = state.detail { return .drug(index) }
      return .citation(state.detail)
    }
  }

  static func open(_ state: inout BrowserState) {
    let view = currentView(state)
    state.prompt = ExportPrompt(view: view, path: "imid-\(view.name)-\(state.today).txt")
  }

  static func key(_ state: inout BrowserState, _ key: Key) {
    guard var prompt = state.prompt else { return }
    switch prompt.stage {
    case .name:
      switch key {
      case .escape, .control("c"), .control("g"):
        state.prompt = nil
        state.message = "Export cancelled"
        return
      case .tab:
        // The next format: the name's ending changes with it.
        let current = ExportFormat(fileName: prompt.path) ?? .text
        let index = ExportFormat.cycle.firstIndex(of: current) ?? 0
        prompt.path = ExportFormat.cycle[(index + 1) % ExportFormat.cycle.count].renaming(prompt.path)
      case .enter:
        let path = prompt.path.trimmingSpaces()
        guard !path.isEmpty else {
          state.message = "Type a file name, or Esc to cancel"
          return
        }
        guard ExportFormat(fileName: path) != nil else {
          // Never written as text under a name that says otherwise.
          state.message = "Unknown ending: use .txt .md .csv .json .bib .ris or .csl.json (Tab cycles them)"
          return
        }
        prompt.path = path
        state.effect = .export(view: prompt.view, path: path, overwrite: false)
      case .backspace:
        if !prompt.path.isEmpty { prompt.path.removeLast() }
      case .control("u"):
        prompt.path = ""
      case .character(let character):
        if prompt.path.count < maximumLength, !character.unicodeScalars.contains(where: TextSafety.isUnsafe) {
          prompt.path.append(character)
        }
      case .paste(let text):
        prompt.path += PastedText.forFileName(text, room: maximumLength - prompt.path.count)
      default:
        break
      }
    case .confirmOverwrite:
      switch key {
      case .character("y"), .character("Y"):
        state.effect = .export(view: prompt.view, path: prompt.path, overwrite: true)
      case .character("n"), .character("N"), .escape, .control("c"), .enter:
        state.prompt = nil
        state.message = "Not replaced: \(prompt.path) is unchanged"
        return
      default:
        break
      }
    }
    state.prompt = prompt
  }

  static func finish(_ state: inout BrowserState, _ outcome: ExportOutcome) {
    guard var prompt = state.prompt else { return }
    switch outcome {
    case .written(let summary):
      state.prompt = nil
      // The file name first: the one thing the user needs, kept when the line is cut.
      state.message = "Wrote \(prompt.path) · \(summary)"
    case .exists:
      prompt.stage = .confirmOverwrite
      state.prompt = prompt
    case .failed(let reason):
      state.prompt = nil
      state.message = "Export failed: \(reason)"
    }
  }
}

extension String {
  fileprivate func trimmingSpaces() -> String {
    var text = Substring(self)
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
