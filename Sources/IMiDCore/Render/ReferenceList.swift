/// Numbers the sources a view cites, in order of first use, and renders them as a numbered list
/// at the end of the view, so each fact can carry a short key like `[3]` or `[3,7]`.
public struct ReferenceList: Sendable {
  private var numberByID = IDMap()
  /// Citation ids in the order they were first cited.
  public private(set) var ids: [String] = []

  /// Creates an empty list.
  public init() {}

  /// The number of a citation, assigning the next one on first use.
  public mutating func number(for id: String) -> Int {
    if let number = numberByID.insert(id, at: ids.count + 1) { return number }
    ids.append(id)
    return ids.count
  }

  /// The key for a list of citations, e.g. `[3,7]`; empty for no citations.
  public mutating func key(for cites: [String]) -> String {
    guard !cites.isEmpty else { return "" }
    // Appended in place: a 100,000-drug export makes three keys a drug.
    var key = "["
    for (index, id) in cites.enumerated() {
      if index > 0 { key += "," }
      key += String(number(for: id))
    }
    return key + "]"
  }

  /// `References` and one hanging paragraph per source: `[1] Authors. Title. …`.
  public func render(_ catalog: Catalog, width: Int, heading: String = "References") -> [String] {
    var lines: [String] = []
    render(catalog, width: width, heading: heading) { lines.append($0) }
    return lines
  }

  /// The same lines, each handed to `emit` as it is laid out (a long list is never held whole).
  public func render(_ catalog: Catalog, width: Int, heading: String = "References", _ emit: (String) -> Void) {
    guard !ids.isEmpty else { return }
    renderHeading(heading, width: width).forEach(emit)
    render(catalog, ids.indices, width: width, emit)
  }

  /// The heading `render` puts above the list.
  func renderHeading(_ heading: String = "References", width: Int) -> [String] {
    TextLines.heading(heading, width: width)
  }

  /// The paragraphs of the sources numbered `entries` + 1, as `render` lays them out (so a long
  /// list can be laid out in parts).
  func render(_ catalog: Catalog, _ entries: Range<Int>, width: Int, _ emit: (String) -> Void) {
    let labelWidth = String(ids.count).count + 3
    for index in entries {
      let id = ids[index]
      // Each source is read once (an export lays out long lists on two threads): uncached.
      let citation = catalog.citationIndex(id: id).map { catalog.citations.uncached($0) }
      let text = citation.map(CitationFormatter.reference) ?? "(unknown source '\(id)')"
      TextLines.hanging(text, width: width, first: "[\(index + 1)]", rest: labelWidth).forEach(emit)
    }
  }
}
