/// What one of the browser's views provides to be exported: everything `Exporter` needs to
/// write the view in any format. One type per view conforms (`DrugListExport`, `MatrixExport`,
/// `CompareExport`, `CitationExport`, `DrugExport`), so adding a view means adding one type and
/// one line in `ExportView.exported(from:)`, not a case in every format.
public protocol ViewExport: Sendable {
  /// A few words on what the view holds, for the status line: "3 drugs × 7 mechanisms".
  var summary: String { get }
  /// The citation ids the view cites, in the order its text numbers them ([1], [2], …). Found
  /// by walking the cited facts in the text's order, without laying out any text, so the
  /// citation formats (BibTeX, RIS, CSL-JSON) cost no wrapping.
  var sources: [String] { get }
  /// The view's lines for `width` cells, as the screen shows them (without the catalogue title,
  /// which `Exporter` adds to every view alike).
  func text(width: Int) -> [String]
  /// The same lines, each handed to `emit` as it is laid out, so a long view (a 100,000-drug
  /// list) is written without holding all its lines; by default, `text(width:)` line by line.
  func text(width: Int, _ emit: (String) -> Void)
  /// At least the bytes `text(width:)` takes, for a long view (0: no idea). The document is
  /// reserved that large once instead of doubling as it grows (a reservation costs memory only
  /// where it is written: a large one is mapped, not touched).
  func textCapacity(width: Int) -> Int
  /// The view as a Markdown document.
  func markdown() -> String
  /// The view as CSV, one row per fact (or per source, for views that are about sources).
  func csv() -> String
  /// The view as JSON, for scripts.
  func json() -> String
}

extension ViewExport {
  /// Every line of `text(width:)`, in order.
  public func text(width: Int, _ emit: (String) -> Void) { text(width: width).forEach(emit) }

  /// No estimate.
  public func textCapacity(width: Int) -> Int { 0 }
}
