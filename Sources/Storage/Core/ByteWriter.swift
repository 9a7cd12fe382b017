/// Writes bytes one after another into memory sized for them beforehand: the encodings the
/// extraction workers make for every meeting (evidence blobs, list columns) count their bytes
/// first, then fill one allocation, instead of growing an array and copying it into its
/// `Data` or `String`.
///
///     String(unsafeUninitializedCapacity: 2) { buffer in
///         var writer = ByteWriter(buffer)
///         writer.byte(UInt8(ascii: "["))
///         writer.byte(UInt8(ascii: "]"))
///         return writer.count
///     }   // "[]"
struct ByteWriter {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// The bytes written so far.
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// Writes into raw memory (a `Data`'s bytes).
    init(_ buffer: UnsafeMutableRawBufferPointer) {
        self.buffer = buffer.bindMemory(to: UInt8.self)
    }

    mutating func byte(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    /// Copies `bytes` at once.
    mutating func bytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        _ = UnsafeMutableBufferPointer(rebasing: buffer[count..<count + bytes.count]).initialize(fromContentsOf: bytes)
        count += bytes.count
    }
}

extension String {
    /// Lends the string's UTF-8 bytes where they lie, without the copy of the string that
    /// `withUTF8`, a mutating method, needs; a string not stored as UTF-8 is copied first.
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
