/// Everything the browser shows, as one value. `Browser.update` computes the next state from a
/// key; `BrowserView.render` draws a state into a grid. Neither touches a terminal.
public struct BrowserState: Sendable {
  /// The catalogue being browsed.
  public let catalog: Catalog
  /// The top line: the catalogue's title and the review it renders (`HeaderWidget.headline`).
  let headline: String
  /// Screen width in cells.
  public internal(set) var width: Int
  /// Screen height in rows.
  public internal(set) var height: Int
  /// The pane with focus.
  public internal(set) var focus: Pane = .drugs
  /// Index of the selected drug (also the matrix row).
  public internal(set) var drugIndex = 0
  /// First drug row shown in the Drugs pane.
  public internal(set) var drugScroll = 0
  /// Index of the selected matrix column.
  public internal(set) var mechanismIndex = 0
  /// First matrix row shown.
  public internal(set) var matrixScroll = 0
  /// First matrix column shown.
  public internal(set) var matrixColumnScroll = 0
  /// What the Citation pane shows.
  public internal(set) var detail: DetailSubject
  /// Earlier subjects of the Citation pane, for Backspace.
  public internal(set) var history: [DetailSubject] = []
  /// Where the browser was before each followed link, newest last (Backspace, `[`), and where
  /// going back came from (`]`).
  var visitsBack: [Visit] = []
  var visitsForward: [Visit] = []
  /// First line of the Citation pane shown.
  public internal(set) var detailScroll = 0
  /// Selected source in the Citation pane (an index into its numbered references), if any.
  public internal(set) var referenceIndex: Int?
  /// Drugs marked for comparing, in the order they were marked (at most three).
  public internal(set) var marked: [Int] = []
  /// The compare view, when open (it covers the panes).
  public internal(set) var compare: CompareScreen?
  /// The reader (the review, the timeline and the pages they lead to), when open: it covers
  /// the panes, and keys go to it first.
  public internal(set) var reader: ReaderScreen?
  /// The export prompt, when open.
  public internal(set) var prompt: ExportPrompt?
  /// The `/` search prompt, when open.
  public internal(set) var search: SearchPrompt?
  /// The last query confirmed with Enter, which `n` and `N` repeat.
  public internal(set) var lastSearch: String?
  /// Work for the front end to do after this update (taken with `Browser.takeEffect`).
  public internal(set) var effect: BrowserEffect?
  /// Today's date as `YYYY-MM-DD`, for default export names; the front end sets it, so the
  /// model stays free of clocks.
  public var today = "today"
  /// Whether the screen is drawn in plain ASCII (`--ascii`, or a locale whose character set is
  /// not UTF-8): the front end also hands over the catalogue transliterated
  /// (`Catalog.mappingText(ASCIIText.transliterate)`), so `TNF-α` reads `TNF-alpha`.
  public var ascii = false
  /// Whether the help overlay is open.
  public internal(set) var showsHelp = false
  /// First line of the help overlay shown.
  public internal(set) var helpScroll = 0
  /// Set (`Browser.startLoading`) while a large catalogue loads in the background and `catalog`
  /// is only its first screenful (`CatalogLoader.preview`): says what is loading. The Drugs
  /// pane shows the preview; the Mechanisms and Citation panes and the status line say this.
  public internal(set) var loading: String?
  /// Keys typed while loading, replayed in order when the whole catalogue arrives.
  public internal(set) var typedAhead: [Key] = []
  /// A one-line message for the status line, cleared by the next key.
  public internal(set) var message: String?
  /// Where keys go now: the compare view when open, else the focused pane.
  public var keyContext: KeyContext {
    if reader != nil { return .reader }
    if let compare { return compare.row == nil ? .summary : .compare }
    return KeyContext(focus)
  }

  /// The Citation-pane documents built most recently (newest last, at most `keptDocuments`) and
  /// the last compare layout, with what they were built for: `update` refreshes them, so drawing
  /// a frame, or coming back to a drug or cell seen a moment ago (j then k, Enter then
  /// Backspace), reuses them instead of laying the text out again.
  var detailCache: [(subject: DetailSubject, width: Int, document: DetailDocument)] = []
  var compareCache: (drugs: [Int], row: CompareLayout.EntryRef?, width: Int, layout: CompareLayout)?
  /// The last compare summary laid out, with what it was laid out for.
  var summaryCache: (drugs: [Int], width: Int, layout: CompareSummaryLayout)?

  /// The compare summary at the screen's width (from the cache when it fits).
  func compareSummaryLayout(_ screen: CompareScreen) -> CompareSummaryLayout {
    let width = max(1, self.width)
    if let cache = summaryCache, cache.drugs == screen.drugs, cache.width == width { return cache.layout }
    var references = ReferenceList()
    return CompareSummaryLayout(catalog, CompareSummary(Comparison.build(catalog, drugs: screen.drugs)), width: width,
                                references: &references)
  }
  /// The reader's pages built most recently (newest last), like `detailCache`.
  var readerCache: [(subject: ReaderSubject, width: Int, document: ReaderDocument)] = []

  /// The reader's current page at the screen's width (from the cache when it fits).
  public func readerDocument() -> ReaderDocument {
    guard let subject = reader?.page.subject else { return ReaderDocument(title: "") }
    let width = max(1, self.width)
    if let kept = readerCache.last(where: { $0.subject == subject && $0.width == width }) { return kept.document }
    return ReaderPage.build(catalog, subject, width: width)
  }

  /// The Citation pane's document for its subject at `width` (from the cache when it fits).
  func detailDocument(width: Int) -> DetailDocument {
    if let kept = detailCache.last(where: { $0.subject == detail && $0.width == width }) { return kept.document }
    return DetailDocument.build(catalog, subject: detail, width: width)
  }

  /// The compare details at the screen's width: the open row's results (every row when none
  /// is open), from the cache when it fits.
  func compareLayout(_ screen: CompareScreen) -> CompareLayout {
    let width = max(1, self.width)
    if let cache = compareCache, cache.drugs == screen.drugs, cache.row == screen.row, cache.width == width { return cache.layout }
    var comparison = Comparison.build(catalog, drugs: screen.drugs)
    if let row = screen.row { comparison = comparison.keeping(section: row.section, row: row.row) }
    return CompareLayout(catalog, comparison, width: width)
  }

  /// The drugs the panes show and the matrix's columns (`DrugWindow`), kept up to date by
  /// `Browser.normalize`.
  var drugWindow: DrugWindow?
  /// How many drugs the last update decoded for the panes (the others shown were kept from
  /// the window before): a key that moves within the window decodes none.
  public var drugsDecodedForPanes: Int { drugWindow?.decodedCount ?? 0 }

  /// Brings both caches up to date with the current subject, compare drugs and size.
  mutating func refreshCaches(detailWidth: Int) {
    if detailWidth > 0 {
      let kept = detailCache.lastIndex { $0.subject == detail && $0.width == detailWidth }
      let entry = kept.map { detailCache.remove(at: $0) }
        ?? (detail, detailWidth, DetailDocument.build(catalog, subject: detail, width: detailWidth))
      detailCache.append(entry)
      if detailCache.count > keptDocuments { detailCache.removeFirst(detailCache.count - keptDocuments) }
    }
    if let subject = reader?.page.subject {
      let width = max(1, self.width)
      let kept = readerCache.lastIndex { $0.subject == subject && $0.width == width }
      let entry = kept.map { readerCache.remove(at: $0) } ?? (subject, width, ReaderPage.build(catalog, subject, width: width))
      readerCache.append(entry)
      if readerCache.count > keptDocuments { readerCache.removeFirst(readerCache.count - keptDocuments) }
    }
    if let compare, summaryCache?.drugs != compare.drugs || summaryCache?.width != max(1, width) {
      summaryCache = (compare.drugs, max(1, width), compareSummaryLayout(compare))
    }
    if let compare, compare.row != nil,
      compareCache?.drugs != compare.drugs || compareCache?.row != compare.row || compareCache?.width != max(1, width)
    {
      compareCache = (compare.drugs, compare.row, max(1, width), compareLayout(compare))
    }
  }

  /// Set when the user quits; the front end then restores the terminal and exits 0.
  public internal(set) var shouldQuit = false

  /// The state a browser opens in: the first drug selected, focus on the Drugs pane.
  public init(catalog: Catalog, width: Int, height: Int) {
    self.catalog = catalog
    headline = HeaderWidget.headline(catalog)
    self.width = max(0, width)
    self.height = max(0, height)
    detail = catalog.drugs.isEmpty ? .none : .drug(0)
  }
}

/// How many Citation-pane documents the browser keeps: enough for a few steps back and forth.
private let keptDocuments = 8
