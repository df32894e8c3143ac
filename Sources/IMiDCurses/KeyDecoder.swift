import CCurses
import IMiDCore

/// Turns what curses reports into the model's `Key` events.
enum KeyDecoder {
  /// A character from `get_wch` (raw mode: Ctrl-letters arrive as 1–26, Esc as 27).
  static func character(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(value + 96) ?? "?"))
    default:
      guard let scalar = Unicode.Scalar(value), value >= 32 else { return nil }
      return .character(Character(scalar))
    }
  }

  /// A function key code from `get_wch`.
  static func functionKey(_ code: UInt32, columns: Int, lines: Int) -> Key? {
    switch code {
    case imid_key_up: return .up
    case imid_key_down: return .down
    case imid_key_left: return .left
    case imid_key_right: return .right
    case imid_key_home: return .home
    case imid_key_end: return .end
    case imid_key_page_up: return .pageUp
    case imid_key_page_down: return .pageDown
    case imid_key_back_tab: return .backTab
    case imid_key_enter: return .enter
    case imid_key_backspace, imid_key_delete: return .backspace
    case imid_key_resize: return .resize(width: columns, height: lines)
    default: return nil
    }
  }
}

extension KeyDecoder {
  /// A mouse event from `imid_read_mouse` (1 button 1, 2 a double click, 4 wheel up, 5 wheel
  /// down), or nil.
  static func mouse(button: Int32, x: Int32, y: Int32, clicks: inout DoubleClick) -> Key? {
    switch button {
    case 1: return .mouse(x: Int(x), y: Int(y), button: clicks.press(x: Int(x), y: Int(y), at: .now))
    case 2:
      clicks = DoubleClick()
      return .mouse(x: Int(x), y: Int(y), button: .double)
    case 4: return .mouse(x: Int(x), y: Int(y), button: .wheelUp)
    case 5: return .mouse(x: Int(x), y: Int(y), button: .wheelDown)
    default: return nil
    }
  }
}

/// Tells a double click from two clicks: curses reports every press at once (click resolution
/// off, so a single click is never held back to wait for a second), and a second press on the
/// same cell within `interval` of the first is a double click. A third press starts over.
struct DoubleClick {
  /// The longest gap between the two presses of a double click.
  static let interval = Duration.milliseconds(400)
  private var last: (x: Int, y: Int, time: ContinuousClock.Instant)?

  /// The button a press of button 1 at (x, y) at `time` stands for.
  mutating func press(x: Int, y: Int, at time: ContinuousClock.Instant) -> Key.MouseButton {
    if let last, last.x == x, last.y == y, time - last.time <= Self.interval {
      self.last = nil
      return .double
    }
    last = (x, y, time)
    return .left
  }
}
