/// How the bytes of an article are written.
public enum InputFormat: Sendable, Hashable {
    case plainText
    case html

    /// The format a file's name announces: HTML for `.html` and `.htm` (any case), else `nil`
    /// (the text preparer then tells from the bytes).
    public static func named(by path: String) -> InputFormat? {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? .html : nil
    }

    /// Guesses the format from the opening bytes: a page that starts (after blanks and a BOM)
    /// with a markup declaration or tag, or that carries common block tags early, is HTML.
    private static let markers: [[UInt8]] = ["<html", "<body", "<p>", "<p ", "<div", "<br", "</p>", "<!doctype"].map {
        Array($0.utf8)
    }

    static func detect(_ bytes: [UInt8]) -> InputFormat {
        let window = bytes.prefix(4096)
        var index = window.startIndex
        if window.starts(with: [0xEF, 0xBB, 0xBF]) { index += 3 }
        while index < window.endIndex, ByteClass.isSpace(window[index]) { index += 1 }
        if index < window.endIndex, window[index] == UInt8(ascii: "<") {
            let next = index + 1 < window.endIndex ? ByteClass.lower(window[index + 1]) : 0
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || ByteClass.isLetter(next) { return .html }
        }
        let hasMarker = window.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                // Most text has no `<`: sixteen or eight bytes without one are passed over at once.
                if offset + 16 <= bytes.count {
                    let start = UnsafeRawPointer(bytes.baseAddress! + offset)
                    if (lessThanLanes(start) | lessThanLanes(start + 8)) == 0 {
                        offset += 16
                        continue
                    }
                }
                if offset + 8 <= bytes.count, lessThanLanes(UnsafeRawPointer(bytes.baseAddress! + offset)) == 0 {
                    offset += 8
                    continue
                }
                if bytes[offset] == UInt8(ascii: "<"),
                    markers.contains(where: { matches($0, window, at: window.startIndex + offset) })
                {
                    return true
                }
                offset += 1
            }
            return false
        }
        return hasMarker ? .html : .plainText
    }

    /// Bit 7 set in the lanes of the eight bytes at `start` that are `<` (and perhaps in a
    /// lane above one, through a borrow): 0 when none is (a zero byte of the word XOR `<<<<<<<<`).
    @inline(__always)
    private static func lessThanLanes(_ start: UnsafeRawPointer) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let zeroWhereLess = start.loadUnaligned(as: UInt64.self) ^ (ones &* UInt64(UInt8(ascii: "<")))
        return (zeroWhereLess &- ones) & ~zeroWhereLess & (ones &* 0x80)
    }

    private static func matches(_ marker: [UInt8], _ window: ArraySlice<UInt8>, at k: Int) -> Bool {
        guard k + marker.count <= window.endIndex else { return false }
        for (offset, b) in marker.enumerated() where ByteClass.lower(window[k + offset]) != b { return false }
        return true
    }
}
