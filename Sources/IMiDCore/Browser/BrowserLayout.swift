/// Where each part of the browser goes for a screen size: a pure function, so that `update`
/// (which needs page sizes) and `render` always agree.
public struct BrowserLayout: Sendable, Equatable {
  /// The smallest screen that shows the three panes side by side.
  public static let fullSize = (width: 80, height: 24)
  /// Below this the browser only shows a "terminal too small" notice.
  public static let minimumSize = (width: 20, height: 6)

  /// How the panes are arranged.
  public enum Mode: Sendable, Equatable {
    /// Title line, Drugs on the left, Mechanisms above Citation on the right, status line.
    case threePanes
    /// A tab bar and one pane at a time (the focused one).
    case tabbed
    /// Too small for anything but a notice.
    case tooSmall
  }

  /// The arrangement.
  public var mode: Mode
  /// The title line (three-pane mode) or tab bar (tabbed mode).
  public var header: Rect
  /// Each pane's frame; zero-sized when hidden.
  public var drugs: Rect
  public var matrix: Rect
  public var detail: Rect
  /// The status line.
  public var status: Rect

  /// The frame of a pane.
  public func frame(of pane: Pane) -> Rect {
    switch pane {
    case .drugs: return drugs
    case .matrix: return matrix
    case .detail: return detail
    }
  }

  /// Computes the layout for a screen; `drugCount` sizes the matrix pane to its rows.
  public static func compute(width: Int, height: Int, focus: Pane, drugCount: Int) -> BrowserLayout {
    let zero = Rect(x: 0, y: 0, width: 0, height: 0)
    if width < minimumSize.width || height < minimumSize.height {
      return BrowserLayout(mode: .tooSmall, header: zero, drugs: zero, matrix: zero, detail: zero, status: zero)
    }
    let header = Rect(x: 0, y: 0, width: width, height: 1)
    let status = Rect(x: 0, y: height - 1, width: width, height: 1)
    let body = Rect(x: 0, y: 1, width: width, height: height - 2)
    if width < fullSize.width || height < fullSize.height {
      var layout = BrowserLayout(mode: .tabbed, header: header, drugs: zero, matrix: zero, detail: zero, status: status)
      switch focus {
      case .drugs: layout.drugs = body
      case .matrix: layout.matrix = body
      case .detail: layout.detail = body
      }
      return layout
    }
    let drugsWidth = min(40, max(26, width * 3 / 10))
    let drugs = Rect(x: 0, y: body.y, width: drugsWidth, height: body.height)
    let rightWidth = width - drugsWidth
    // The matrix takes its rows (header + drugs + legend + frame), at most 45% of the body.
    let wanted = drugCount + 4
    let matrixHeight = min(max(6, wanted), body.height * 45 / 100)
    let matrix = Rect(x: drugsWidth, y: body.y, width: rightWidth, height: matrixHeight)
    let detail = Rect(x: drugsWidth, y: body.y + matrixHeight, width: rightWidth, height: body.height - matrixHeight)
    return BrowserLayout(mode: .threePanes, header: header, drugs: drugs, matrix: matrix, detail: detail, status: status)
  }
}
