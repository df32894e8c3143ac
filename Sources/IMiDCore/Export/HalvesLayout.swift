import Dispatch

/// Lays out a long list on two threads with the same lines in the same order: this thread
/// hands the first half's lines to `emit` as it lays them out, while another lays out the
/// second half into text of its own, which is then handed on a line at a time. Only the second
/// half is ever held (a few megabytes for a 100,000-drug list), and only until it is handed on.
enum HalvesLayout {
  /// Lists at least this long are laid out in halves.
  static let minimumCount = 8192

  /// Calls `first` with the first half of `0..<count` on this thread and `second` with the
  /// rest on another, at once, when `count` is at least `minimumCount`; otherwise `first` with
  /// all of it and `second` with none. Each must touch only its own variables.
  static func inHalves(_ count: Int, _ first: (Range<Int>) -> Void, second: (Range<Int>) -> Void) {
    guard count >= minimumCount else {
      first(0..<count)
      second(count..<count)
      return
    }
    let half = count / 2
    withoutActuallyEscaping(first) { first in
      withoutActuallyEscaping(second) { second in
        nonisolated(unsafe) let jobs: [() -> Void] = [{ first(0..<half) }, { second(half..<count) }]
        DispatchQueue.concurrentPerform(iterations: 2) { jobs[$0]() }
      }
    }
  }

  /// Calls `layOut` for items `0..<count`, in halves (`inHalves`), and passes every line it
  /// produces to `emit`, in order. `layOut` must be safe to call from two threads at once,
  /// each with its own range.
  static func layOut(_ count: Int, _ emit: (String) -> Void, _ layOut: (Range<Int>, (String) -> Void) -> Void) {
    var second = ""
    withoutActuallyEscaping(emit) { emit in
      inHalves(count) { items in
        layOut(items, emit)
      } second: { items in
        layOut(items) { line in
          second += line
          second += "\n"
        }
      }
    }
    second.withUTF8 { text in
      var start = 0
      for (index, byte) in text.enumerated() where byte == UInt8(ascii: "\n") {
        emit(String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self))
        start = index + 1
      }
    }
  }
}
