/// Where one member of an object is: its key and the byte range of its value, so a
/// `JSONDocument` can parse that value later without keeping it.
public struct JSONMemberLocation: Sendable, Equatable {
  /// The member's key, unescaped.
  public let key: String
  /// The bytes of the member's value.
  public let value: Range<Int>
  /// Where each element starts, when the value is an array (recorded by the document's check,
  /// so a table's entries can be read in parallel without scanning for them again).
  public var elementStarts: [UInt32]? = nil
}
