import Foundation
import Testing

/// The browser under a locale that is not UTF-8 (LANG=C, LC_ALL=C, none): every screen pure
/// ASCII, and nothing that carries meaning lost.
@Suite(.serialized) struct LocaleTests {
  func session(_ environment: String) throws -> Tmux {
    let binary = Binary.url.path
    return try Tmux(width: 100, height: 30) { directory in
      "cd \"\(directory.path)\"; stty -g > before; env -u LANG -u LC_ALL -u LC_CTYPE \(environment) \"\(binary)\" browse; "
        + "echo $? > status; stty -g > after; sleep 5"
    }
  }

  @Test(arguments: ["LANG=C", "LC_ALL=C", ""])
  func aNonUTF8LocaleGetsPureASCIIScreensThatKeepTheirMeaning(environment: String) throws {
    let tmux = try session(environment)
    var screen = try tmux.waitFor { $0.contains("Mechanisms") && $0.contains("Citation") }
    try tmux.send("Tab")
    screen = try tmux.waitFor { $0.contains("TNF-alpha") }
    #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "\(environment): not ASCII:\n\(screen)")
    #expect(screen.contains("TNF-alpha"), "\(screen)")
    #expect(screen.contains("++^"), "the after-2004 mark (^) on a later cell:\n\(screen)")
    #expect(screen.contains("^>2004"), "and its legend:\n\(screen)")
    #expect(screen.contains("+-"), "frames drawn with +-|:\n\(screen)")
    try tmux.send("t")
    screen = try tmux.waitFor { $0.contains("Timeline") && $0.contains("review:") }
    #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "\(environment): timeline not ASCII:\n\(screen)")
    #expect(screen.contains("later (^) below"), "\(screen)")
    try tmux.send("q")
    try tmux.waitFor { $0.contains("Mechanisms") }
    try tmux.send("q")
    let result = try tmux.finish()
    #expect(result.status == "0")
    #expect(result.restored)
  }
}
