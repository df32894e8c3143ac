/// An input event for the browser, independent of any terminal library: the front end turns
/// what ncurses reports into these, and tests feed them directly.
public enum Key: Sendable, Equatable, Hashable {
  /// A printable character.
  case character(Character)
  /// Ctrl plus a letter, e.g. `.control("d")`.
  case control(Character)
  case up, down, left, right
  case home, end, pageUp, pageDown
  case tab, backTab
  case enter, backspace, escape
  /// The terminal is now this size.
  case resize(width: Int, height: Int)
  /// A mouse press at a cell (button 1), or the wheel.
  case mouse(x: Int, y: Int, button: MouseButton)
  /// Text the user pasted (a bracketed paste: the terminal marks where it starts and ends),
  /// delivered whole, newlines and all, so that none of it acts as a key: prompts take it as
  /// text, and a newline in it is never Enter.
  case paste(String)

  /// Mouse buttons the browser understands.
  public enum MouseButton: Sendable, Equatable, Hashable {
    case left, wheelUp, wheelDown
    /// Two presses of button 1 in quick succession: select, then follow (as Enter).
    case double
  }

  /// The name shown in help and the status line, e.g. `j`, `↓`, `Ctrl-D`, `Tab`.
  public var label: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .control(let c): return "Ctrl-" + String(c).uppercased()
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .enter: return "Enter"
    case .backspace: return "Bksp"
    case .escape: return "Esc"
    case .resize: return "resize"
    case .mouse: return "mouse"
    case .paste: return "paste"
    }
  }
}
