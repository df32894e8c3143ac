/// Where the browser was before a followed link (Enter on a drug, a cell or a source): the
/// pane, the selections and the scroll offsets. Backspace (or `[`) returns to the last visit
/// and `]` goes forward again, like a web browser's history.
struct Visit: Sendable, Equatable {
  var focus: Pane
  var drugIndex: Int, mechanismIndex: Int
  var drugScroll: Int, matrixScroll: Int
  var detail: DetailSubject
  var history: [DetailSubject]
  var detailScroll: Int
  var referenceIndex: Int?

  /// Where `state` is now.
  init(_ state: BrowserState) {
    focus = state.focus
    drugIndex = state.drugIndex
    mechanismIndex = state.mechanismIndex
    drugScroll = state.drugScroll
    matrixScroll = state.matrixScroll
    detail = state.detail
    history = state.history
    detailScroll = state.detailScroll
    referenceIndex = state.referenceIndex
  }

  /// Puts `state` back here.
  func restore(_ state: inout BrowserState) {
    state.focus = focus
    state.drugIndex = drugIndex
    state.mechanismIndex = mechanismIndex
    state.drugScroll = drugScroll
    state.matrixScroll = matrixScroll
    state.detail = detail
    state.history = history
    state.detailScroll = detailScroll
    state.referenceIndex = referenceIndex
  }
}
