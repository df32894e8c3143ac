/// Where one member of an object is: its key and the byte range of its value, so a
/// `JSONDocument` can parse that value later without keeping it.
public struct JSONMemberLocation: Sendable, Equatable {
  /// The member's key, unescaped.
  public let key: String
  /// The bytes of the member's value.
  public let value: Range<Int>
}
