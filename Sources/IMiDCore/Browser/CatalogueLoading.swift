/// A large catalogue loading in the background, as messages to the model: the browser opens
/// on a preview (`Browser.startLoading`); keys typed meanwhile wait in the state, except
/// quitting and resizing, which act at once (as in less); when the whole catalogue arrives
/// (`Browser.catalogueLoaded`) the browser reopens on it and replays the waiting keys in order.
/// The terminal driver only carries these messages; the pure tests drive them directly.
extension Browser {
  /// Most keys kept while loading; a held key beyond this is dropped, not stored without end.
  public static let typeAheadLimit = 10_000

  /// The catalogue shown is a preview; `note` says what is loading ("Loading big.json (77 MB)…").
  public static func startLoading(_ state: inout BrowserState, note: String) {
    state.loading = note
    state.typedAhead = []
  }

  /// A key while loading: resize and quit act at once, anything else waits.
  static func keyWhileLoading(_ state: inout BrowserState, _ key: Key) {
    switch key {
    case .resize(let width, let height):
      state.width = max(0, width)
      state.height = max(0, height)
    case _ where [.quit, .forceQuit].contains(KeyMap.action(for: key, in: state.keyContext)):
      state.shouldQuit = true
    default:
      if state.typedAhead.count < typeAheadLimit { state.typedAhead.append(key) }
    }
  }

  /// The whole catalogue arrived: a browser on it at the preview's size and date, with the
  /// keys typed meanwhile replayed in order. An export among them is carried out by `perform`
  /// as it would have been at once; a key that quits ends the replay.
  public static func catalogueLoaded(
    _ state: inout BrowserState, _ catalogue: Catalog, perform: (BrowserEffect) -> ExportOutcome
  ) {
    let keys = state.typedAhead
    var next = BrowserState(catalog: catalogue, width: state.width, height: state.height)
    next.today = state.today
    next.ascii = state.ascii
    for key in keys {
      update(&next, key)
      if let effect = takeEffect(&next) { finishExport(&next, perform(effect)) }
      if next.shouldQuit { break }
    }
    state = next
  }
}
