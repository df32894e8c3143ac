extension Citation {
  /// The citation with its optional fields that hold only whitespace (`"journal": ""`, which
  /// the catalogue format allows) set to nil, so that reference formats write no empty
  /// `JO  - ` line or `journal = {}` field and do not call a source an article for a blank journal.
  var withoutBlankFields: Citation {
    var copy = self
    func clean(_ value: String?) -> String? {
      guard let value, value.contains(where: { !$0.isWhitespace }) else { return nil }
      return value
    }
    copy.journal = clean(journal)
    copy.volume = clean(volume)
    copy.issue = clean(issue)
    copy.pages = clean(pages)
    copy.publisher = clean(publisher)
    copy.kind = clean(kind)
    copy.summary = clean(summary)
    return copy
  }
}
