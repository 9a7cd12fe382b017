/// Text being cleaned, with each byte tied to the bytes of the original input it came from.
///
/// Every stage of preparation reads one `MappedText` and writes another, copying the origin
/// of each byte it keeps, so the final text maps straight back to the input without
/// composing stage maps. A byte made from several input bytes (an entity, a CRLF, a run of
/// collapsed spaces) carries the whole input run; a byte the cleaner inserted carries an
/// empty run at the place it stands for.
struct MappedText {
    private(set) var bytes: [UInt8] = []
    /// Input offset of the first byte each text byte came from.
    private(set) var starts: [Int32] = []
    /// Input offset just past the last byte each text byte came from.
    private(set) var ends: [Int32] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
    }

    /// Text that is `input` unchanged, each byte from the input byte at its own offset.
    init(unchanged input: [UInt8]) {
        bytes = input
        starts = Self.offsets(count: input.count, from: 0)
        ends = Self.offsets(count: input.count, from: 1)
    }

    /// `first, first + 1, ...`, `count` of them.
    private static func offsets(count: Int, from first: Int32) -> [Int32] {
        Array(unsafeUninitializedCapacity: count) { buffer, initialized in
            for index in 0..<count { buffer[index] = first + Int32(index) }
            initialized = count
        }
    }

    var count: Int { bytes.count }
    var last: UInt8? { bytes.last }

    /// Appends one byte that came from input bytes `start..<end`.
    mutating func append(_ byte: UInt8, start: Int32, end: Int32) {
        bytes.append(byte)
        starts.append(start)
        ends.append(end)
    }

    /// Appends `input[range]` unchanged: each byte came from the input byte at its own offset.
    mutating func append(unchanged input: [UInt8], range: Range<Int>) {
        guard !range.isEmpty else { return }
        bytes.append(contentsOf: input[range])
        starts.append(contentsOf: Self.offsets(count: range.count, from: Int32(range.lowerBound)))
        ends.append(contentsOf: Self.offsets(count: range.count, from: Int32(range.lowerBound + 1)))
    }

    /// Copies `range` of `other`, origins included.
    mutating func append(contentsOf other: MappedText, range: Range<Int>) {
        Self.append(other.bytes, range, to: &bytes)
        Self.append(other.starts, range, to: &starts)
        Self.append(other.ends, range, to: &ends)
    }

    /// Appends `source[range]` to `target` in one copy (appending an array slice costs far
    /// more per call).
    private static func append<Element>(_ source: [Element], _ range: Range<Int>, to target: inout [Element]) {
        source.withUnsafeBufferPointer { target.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Copies byte `index` of `other`, origin included.
    mutating func append(from other: MappedText, at index: Int) {
        bytes.append(other.bytes[index])
        starts.append(other.starts[index])
        ends.append(other.ends[index])
    }

    mutating func removeLast() {
        bytes.removeLast()
        starts.removeLast()
        ends.removeLast()
    }

    /// The input bytes that `range` of this text came from: from the first byte's origin to
    /// the end of the last byte's origin. An empty range maps to an empty span where it stands.
    func sourceSpan(of range: Range<Int>) -> Span {
        guard !bytes.isEmpty else { return Span(offset: 0, length: 0) }
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        if lower == upper {
            let at = lower < bytes.count ? Int(starts[lower]) : Int(ends[bytes.count - 1])
            return Span(offset: at, length: 0)
        }
        let start = Int(starts[lower])
        let end = Int(ends[upper - 1])
        return Span(offset: start, length: max(end - start, 0))
    }
}
