import IMiDCore
import Testing

/// The cell grid the screens are drawn into: a cell keeps its grapheme, and text of plain ASCII
/// (written a byte a cell) lands exactly where the general, grapheme-by-grapheme path puts it.
@Suite struct GridTests {
  @Test func aCellKeepsItsGraphemeUpToFiveScalars() {
    for text in [" ", "a", "~", "α", "沙", "💊", "e\u{301}", "🇩🇪", "👩\u{200D}⚕\u{FE0F}", "\u{10FFFF}", "a\u{301}\u{302}\u{303}\u{304}"] {
      let cell = Cell(text, style: .strong)
      #expect(cell.text == text)
      #expect(cell.scalars.map(\.value) == text.unicodeScalars.map(\.value))
      #expect(cell == Cell(Character(text), style: .strong))
      #expect(cell != Cell(text, style: .normal))
      #expect(!cell.isContinuation)
      #expect(cell.isASCII == text.unicodeScalars.allSatisfy(\.isASCII))
    }
    // A longer cluster (a ZWJ family: seven scalars) keeps its first five, as curses does.
    let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦"
    #expect(Cell(family).scalars.map(\.value) == Array(family.unicodeScalars.prefix(5).map(\.value)))
    #expect(Cell(family).packedScalars == Cell("👨\u{200D}👩\u{200D}👧").packedScalars)
    #expect(Cell("").isContinuation && Cell("").text.isEmpty)
    #expect(Cell("a") != Cell("b") && Cell("ab") != Cell("a") && Cell("abcd") != Cell("abce"))
  }

  /// The style shares the second integer with the last scalars: neither spills into the other,
  /// and a cell is exactly two integers (the painter compares rows as memory).
  @Test func theStyleAndTheScalarsKeepApart() {
    #expect(MemoryLayout<Cell>.size == 16 && MemoryLayout<Cell>.stride == 16)
    let longest = "\u{10FFFF}\u{10FFFF}\u{10FFFF}\u{10FFFF}\u{10FFFF}"
    for style in CellStyle.allCases {
      var cell = Cell(longest, style: style)
      #expect(cell.style == style)
      #expect(cell.text == longest)
      #expect(cell.packedScalars == Cell(longest, style: .normal).packedScalars)
      cell.style = .warning
      #expect(cell.text == longest && cell.style == .warning)
      cell.text = "x"
      #expect(cell == Cell("x", style: .warning) && cell.isASCII)
    }
  }

  @Test func changingACellsTextKeepsItsStyle() {
    var cell = Cell("α", style: .later)
    cell.text = "b"
    #expect(cell == Cell("b", style: .later))
  }

  /// `write` takes a shortcut for text of one-cell scalars (a byte a cell for ASCII). A
  /// zero-width joiner in front sends the same text down the general path (it is a grapheme of
  /// its own, zero cells wide, and skipped): both must give the same cells and the same count,
  /// at every position and limit, for ASCII, for other one-cell scalars, and for text that
  /// mixes in combining marks, wide characters, emoji and characters to escape.
  @Test func oneCellTextIsWrittenWhereTheGeneralPathWritesIt() {
    var random = BrowserFuzzTests.SplitMix(state: 13)
    let ascii = Array(" abcXYZ019~!().-")
    let oneCell = ascii + Array("αβΩéü·±×—–…†‰→↓┃━┌●▶ÿ\u{A0}ʼ")
    let any = oneCell + ["e\u{301}", "\u{301}", "沙", "💊", "▶\u{FE0F}", "\u{AD}", "\u{1B}", "\u{200B}", "🇩🇪", "\u{7F}", "\u{85}"]
    for round in 0..<3_000 {
      let alphabet = [ascii, oneCell, any][round % 3]
      let length = below(&random, 14)
      let text = String((0..<length).map { _ in alphabet[below(&random, alphabet.count)] })
      let x = below(&random, 16) - 4
      let y = below(&random, 4) - 1
      let limit = below(&random, 3) == 0 ? Int.max : below(&random, 12) - 2
      var shortcut = Grid(width: 10, height: 3)
      var general = shortcut
      let a = shortcut.write(text, x: x, y: y, style: .header, limit: limit)
      let b = general.write("\u{200D}" + text, x: x, y: y, style: .header, limit: limit)
      #expect(a == b, "\(text) at \(x),\(y) limit \(limit)")
      #expect(shortcut == general, "\(text) at \(x),\(y) limit \(limit)")
    }
  }

  /// Filling clips to the grid, whatever the rectangle: off the edges, empty or of negative size.
  @Test func fillingClipsEveryRectangleToTheGrid() {
    var random = BrowserFuzzTests.SplitMix(state: 7)
    for _ in 0..<500 {
      let rect = Rect(x: below(&random, 14) - 4, y: below(&random, 8) - 3, width: below(&random, 16) - 3, height: below(&random, 9) - 2)
      var filled = Grid(width: 9, height: 4)
      filled.fill(rect, with: Cell("#", style: .key))
      var expected = Grid(width: 9, height: 4)
      for y in 0..<4 {
        for x in 0..<9 where x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height {
          expected.set(x, y, Cell("#", style: .key))
        }
      }
      #expect(filled == expected, "\(rect)")
    }
  }

  @Test func textIsSanitizedAndMeasuredInCells() {
    var grid = Grid(width: 8, height: 1)
    #expect(grid.write("a\u{1B}b", x: 0, y: 0) == 4)
    #expect(grid.lines == [#"a\eb"#])
    grid = Grid(width: 5, height: 1)
    // 利 would need columns 4 and 5: a space stands in for it.
    #expect(grid.write("ab沙利", x: 0, y: 0) == 4)
    #expect(grid.lines == ["ab沙"] && grid[3, 0].isContinuation && grid[4, 0] == Cell(" "))
    #expect(grid.write("xyz沙", x: 0, y: 0, limit: 4) == 3)
    #expect(grid.lines == ["xyz"])
  }
}

/// A number in 0..<bound from the seeded generator.
private func below(_ random: inout BrowserFuzzTests.SplitMix, _ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
