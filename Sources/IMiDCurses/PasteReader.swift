import CCurses
import IMiDCore

/// Reads a bracketed paste once its start marker has arrived: every character up to the end
/// marker, newlines included, becomes one `Key.paste`, so none of it acts as a key.
enum PasteReader {
  /// The most text kept from one paste, in UTF-8 bytes; the rest is read and dropped (a prompt
  /// keeps at most a few thousand characters anyway).
  static let limit = 64 * 1024
  /// How long a pause, in milliseconds, ends a paste whose end marker never comes (a terminal
  /// sends a paste at once), so keys typed later are never swallowed.
  static let pause: Int32 = 1000

  /// The paste, read up to its end marker, a pause, or a signal.
  static func read() -> Key {
    var text = String.UnicodeScalarView()
    var bytes = 0
    while imid_pending_signal() == 0 {
      var value: UInt32 = 0
      let kind = imid_read(pause, &value)
      if kind == 0 || (kind == 2 && value == imid_key_paste_end) { break }
      // Function keys inside a paste (an escape sequence in the pasted text) are dropped.
      guard kind == 1, let scalar = Unicode.Scalar(value) else { continue }
      let length = UTF8.width(scalar)
      guard bytes + length <= limit else { continue }
      text.append(scalar)
      bytes += length
    }
    return .paste(String(text))
  }
}
