/// The hashes the first-word filter files words under, and the scan that finds a word's end
/// while it hashes it, eight bytes at a time.
///
/// A word's bytes, with ASCII letters in lower case, are taken eight at a time as little-endian
/// integers (the last one padded with zeros), and each is mixed into the hash by one
/// multiplication and one shift. A word of eight bytes or fewer is a single integer and its hash
/// a one-to-one function of it, so two such words of one length with one hash are the same word
/// but for ASCII case. Which case a word is written in is told apart by its ``shape(of:)``.
///
/// A word is a maximal run of word characters (see ``WordCharacter``). Most words are ASCII: for
/// those, eight bytes are classified at once with carry-free byte arithmetic, and only a byte of
/// 0x80 or more is decoded.
enum WordHash {
    /// A word's end, its hash and its first eight bytes as written (zeros past its end).
    typealias Word = (end: Int, hash: UInt64, head: UInt64)

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    /// The bit that makes an ASCII letter lower case, in every byte (digits have it too).
    private static let caseBits: UInt64 = 0x2020_2020_2020_2020
    /// An odd constant: multiplying by it is one-to-one and spreads every bit upwards.
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// `hash` with one more group of eight bytes mixed in (one-to-one in `chunk` when `hash` is 0).
    @inline(__always)
    static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        let product = (hash ^ chunk) &* multiplier
        return product ^ (product >> 32)
    }

    /// For eight bytes packed little-endian: 0x80 in each byte that is an ASCII letter or digit,
    /// and 0x20 in each that is an ASCII letter.
    @inline(__always)
    static func classify(_ chunk: UInt64) -> (word: UInt64, letters: UInt64) {
        // Every byte is brought below 0x80 first, so no sum below carries into the next byte; the
        // high bit of each sum tells whether the byte reached the bound added to it.
        let low = chunk & ~highBits
        let lower = low | caseBits
        let letter = (lower &+ ones &* (0x80 - 0x61)) & ~(lower &+ ones &* (0x7F - 0x7A))
        let digit = (low &+ ones &* (0x80 - 0x30)) & ~(low &+ ones &* (0x7F - 0x39))
        let ascii = ~chunk & highBits
        return ((letter | digit) & ascii, (letter & ascii) >> 2)
    }

    /// How a word of eight bytes or fewer (its bytes as written) uses capitals: 0 for none, 1
    /// for capitals only ("US", "NICE"), 2 for a capital first letter only ("Nice"), 3 for any
    /// other mix ("McDonald"). Only ASCII letters count.
    static func shape(of head: UInt64) -> Int {
        let letters = classify(head).letters
        let capitals = letters & ~head
        if capitals == 0 { return 0 }
        if letters & head == 0 { return 1 }
        return capitals == 0x20 ? 2 : 3
    }

    /// The eight bytes from `index` packed little-endian, zeros from `limit` on.
    @inline(__always)
    private static func chunk(at index: Int, before limit: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if index &+ 8 <= limit {
            return UInt64(
                littleEndian: UnsafeRawBufferPointer(text).loadUnaligned(fromByteOffset: index, as: UInt64.self))
        }
        return partialChunk(at: index, before: limit, in: text)
    }

    /// ``chunk(at:before:in:)`` when fewer than eight bytes are left before `limit`.
    private static func partialChunk(at index: Int, before limit: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard index < limit else { return 0 }
        if index + 8 <= text.count {
            let kept: UInt64 = (1 << UInt64((limit - index) &* 8)) &- 1
            return UInt64(
                littleEndian: UnsafeRawBufferPointer(text).loadUnaligned(fromByteOffset: index, as: UInt64.self))
                & kept
        }
        var chunk: UInt64 = 0
        for offset in index..<limit { chunk |= UInt64(text[offset]) << UInt64((offset - index) &* 8) }
        return chunk
    }

    /// The hash and head of `text[start..<end]`, as ``word(from:before:in:)`` gives them for a word
    /// of exactly those bytes.
    static func hash(from start: Int, to end: Int, in text: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, head: UInt64)
    {
        var hash: UInt64 = 0
        var index = start
        while index < end {
            let chunk = chunk(at: index, before: end, in: text)
            hash = mix(hash, chunk | classify(chunk).letters)
            index += 8
        }
        return (hash, chunk(at: start, before: end, in: text))
    }

    /// The end of the word starting at `start` (`start` itself when no word starts there, with
    /// hash 0), with its hash and head; the word ends at `limit` at the latest.
    @inline(__always)
    static func word(from start: Int, before limit: Int, in text: UnsafeBufferPointer<UInt8>) -> Word {
        let head = chunk(at: start, before: limit, in: text)
        let stops = ~classify(head).word & highBits
        // Most words end within their first eight bytes.
        guard stops != 0 else { return longWord(from: start, before: limit, in: text) }
        let stop = stops & (0 &- stops)  // 0x80 in the first byte that ends the word
        let length = stop.trailingZeroBitCount &>> 3
        // A byte of 0x80 or more may begin a word character ("Huế"): such words are rare.
        if head & stop != 0, WordCharacter.character(at: start &+ length, in: text).isWord {
            return slowWord(from: start, before: limit, in: text)
        }
        let kept = (stop &>> 7) &- 1
        // With 0x20 set, letters are in lower case and digits unchanged; no word hashes to 0.
        return (start &+ length, mix(0, (head | caseBits) & kept), head & kept)
    }

    /// ``word(from:before:in:)`` for a word whose first eight bytes are ASCII letters or digits.
    private static func longWord(from start: Int, before limit: Int, in text: UnsafeBufferPointer<UInt8>) -> Word {
        let head = chunk(at: start, before: limit, in: text)
        var hash = mix(0, head | caseBits)
        var index = start + 8
        while true {
            let chunk = chunk(at: index, before: limit, in: text)
            let stops = ~classify(chunk).word & highBits
            guard stops != 0 else {
                hash = mix(hash, chunk | caseBits)
                index += 8
                continue
            }
            let stop = stops & (0 &- stops)
            let length = stop.trailingZeroBitCount &>> 3
            if chunk & stop != 0, WordCharacter.character(at: index + length, in: text).isWord {
                return slowWord(from: start, before: limit, in: text)
            }
            let kept = (stop &>> 7) &- 1
            if kept != 0 { hash = mix(hash, (chunk | caseBits) & kept) }
            return (index + length, hash, head)
        }
    }

    /// ``word(from:before:in:)`` for a word with characters beyond ASCII, a character at a time.
    private static func slowWord(from start: Int, before limit: Int, in text: UnsafeBufferPointer<UInt8>) -> Word {
        var end = start
        while end < limit {
            let (isWord, length) = WordCharacter.character(at: end, in: text)
            guard isWord else { break }
            end += length
        }
        let (hash, head) = hash(from: start, to: end, in: text)
        return (end, hash, head)
    }
}
