/// Byte-level character tests for ASCII, shared by the text stages.
enum ByteClass {
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B
    }

    static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// Length in bytes of the horizontal blank starting at `i` (space, tab, no-break space,
    /// ideographic space, zero-width space, stray BOM), or 0.
    static func blankLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b = bytes[i]
        if b == 0x20 || b == 0x09 || b == 0x0C || b == 0x0B { return 1 }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return 2 }
        guard i + 2 < bytes.count else { return 0 }
        let (b1, b2) = (bytes[i + 1], bytes[i + 2])
        if b == 0xE3, b1 == 0x80, b2 == 0x80 { return 3 }
        if b == 0xE2, b1 == 0x80, (0x80...0x8B).contains(b2) || b2 == 0xAF { return 3 }
        if b == 0xEF, b1 == 0xBB, b2 == 0xBF { return 3 }
        return 0
    }
}
