/// A run of bytes in the input file as read: a UTF-8 byte offset and a length in bytes.
public struct Span: Hashable, Sendable {
    public var offset: Int
    public var length: Int

    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }

    /// The byte just past the span.
    public var end: Int { offset + length }
}
