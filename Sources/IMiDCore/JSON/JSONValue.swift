/// A parsed JSON value. Objects keep their members in file order (and keep duplicates, so that
/// validation can report them), which also makes output deterministic.
public enum JSONValue: Sendable, Equatable {
  /// `null`.
  case null
  /// `true` or `false`.
  case bool(Bool)
  /// A number, with whether it was written as an integer (no fraction, no exponent) and its
  /// text as written, so messages can quote `2.0` or `9007199254740993` exactly.
  case number(Double, isInteger: Bool, literal: String)
  /// A string, unescaped.
  case string(String)
  /// An array, in order.
  case array([JSONValue])
  /// An object: its members in file order, duplicates kept.
  case object([JSONMember])

  /// A short English name of the value's type, for messages such as "expected a string, found a number".
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }

  /// Convenience for writers: an integer number.
  public static func int(_ value: Int) -> JSONValue { .number(Double(value), isInteger: true, literal: String(value)) }

  /// Convenience for writers: a string, or `null` when absent.
  public static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
}
