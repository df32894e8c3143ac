/// The reader inside the browser: the full-screen view `r` (the review) and `t` (the timeline)
/// open. It is a stack of pages: Enter on an item opens the item's page on top, Backspace
/// returns to the page below with its selection and scroll as they were.
public struct ReaderScreen: Sendable, Equatable {
  /// One page: what it shows, the selected item and the first line shown.
  public struct Page: Sendable, Equatable {
    /// What the page is about.
    public internal(set) var subject: ReaderSubject
    /// The selected item (an index into the page's items), if the page has any.
    public internal(set) var selection: Int?
    /// First line shown.
    public internal(set) var scroll = 0

    /// A page on `subject`, scrolled to the top with its first item selected.
    init(_ subject: ReaderSubject) {
      self.subject = subject
      selection = 0
    }
  }

  /// The pages, the one shown last; never empty.
  public internal(set) var pages: [Page]
  /// Pages Backspace left, newest last, for `]`.
  public internal(set) var forward: [Page] = []

  /// A reader opened on `subject`.
  public init(_ subject: ReaderSubject) { pages = [Page(subject)] }

  /// The page shown.
  public var page: Page {
    get { pages[pages.count - 1] }
    set { pages[pages.count - 1] = newValue }
  }
}
