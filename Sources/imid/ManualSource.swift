import ArgumentParser
import IMiDCatalogData
import IMiDCore

/// The manual page's description of the program, read from the argument parser's own account
/// of the commands (its `--experimental-dump-help` JSON), so the page lists every command and
/// option the program accepts and no other; hidden ones (such as `imid manual`) are left out.
enum ManualSource {
  /// The program as `ManPage.render` takes it.
  static func program() throws(CLIError) -> ManualProgram {
    let bytes = Array(Imid._dumpHelp().utf8)
    guard let dump = try? JSONParser.parse(bytes), let root = dump["command"] else {
      throw CLIError(.ioError, "manual: the argument parser's description of the commands did not parse")
    }
    let loaded = try CatalogFile.load(nil).catalog
    let subcommands = root["subcommands"]?.elements ?? []
    let commands = subcommands.filter(\.isShown).compactMap { command -> ManualCommand? in
      guard let name = command["commandName"]?.string, name != "help" else { return nil }
      return ManualCommand(
        name: name, abstract: command["abstract"]?.string ?? "", discussion: command["discussion"]?.string ?? "",
        arguments: arguments(of: command, skipping: ["help", "version"]))
    }
    return ManualProgram(
      version: Imid.version, catalogue: VersionText.edition(version: loaded.version, date: loaded.date),
      date: loaded.date ?? "", abstract: root["abstract"]?.string ?? "",
      discussion: root["discussion"]?.string ?? "", options: arguments(of: root, skipping: []),
      commands: commands, exitStatuses: ExitStatus.manual)
  }

  /// The shown arguments of `command`, less those named in `skipping` (each subcommand's own
  /// `--help` and `--version`, which the global options already list).
  private static func arguments(of command: JSONValue, skipping: Set<String>) -> [ManualArgument] {
    (command["arguments"]?.elements ?? []).filter(\.isShown).compactMap { argument in
      let names = (argument["names"]?.elements ?? []).compactMap { name -> String? in
        guard let text = name["name"]?.string else { return nil }
        return name["kind"]?.string == "short" ? "-" + text : "--" + text
      }
      if names.contains(where: { skipping.contains(String($0.drop(while: { $0 == "-" }))) }) { return nil }
      let kind: ManualArgument.Kind
      switch argument["kind"]?.string {
      case "positional": kind = .positional
      case "option": kind = .option
      default: kind = .flag
      }
      return ManualArgument(
        kind: kind, names: names, valueName: argument["valueName"]?.string, help: argument["abstract"]?.string ?? "",
        defaultValue: argument["defaultValue"]?.string, isOptional: argument["isOptional"]?.bool ?? true,
        isRepeating: argument["isRepeating"]?.bool ?? false)
    }
  }
}

extension JSONValue {
  /// The value of member `key` of an object; nil for a missing key or any other value.
  fileprivate subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.key == key }?.value
  }

  /// An array's elements, or nil.
  fileprivate var elements: [JSONValue]? {
    guard case .array(let elements) = self else { return nil }
    return elements
  }

  /// A string's text, or nil.
  fileprivate var string: String? {
    guard case .string(let text) = self else { return nil }
    return text
  }

  /// A boolean, or nil.
  fileprivate var bool: Bool? {
    guard case .bool(let value) = self else { return nil }
    return value
  }

  /// Whether a command or argument of the dump is shown in help (`shouldDisplay`, true when absent).
  fileprivate var isShown: Bool { self["shouldDisplay"]?.bool ?? true }
}
