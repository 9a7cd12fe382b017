/// Turns an HTML page into plain text: drops furniture elements, comments and markup,
/// decodes character references, and ends paragraphs and lines where the blocks end.
///
/// Whitespace inside the page collapses to single spaces; blocks become `\n\n`, line-level
/// elements (`<br>`, `<li>`) `\n`. The result still goes through line normalisation.
struct HTMLStripper {
    private let input: MappedText
    private var bytes: [UInt8] { input.bytes }
    private var out: MappedText
    private var head = HTMLHead()
    private var articleDepth = 0
    private var headingStart: Int?

    static func strip(_ input: MappedText) -> (text: MappedText, head: HTMLHead) {
        var stripper = HTMLStripper(input: input)
        stripper.run()
        return (stripper.out, stripper.head)
    }

    private init(input: MappedText) {
        self.input = input
        self.out = MappedText(capacity: input.count / 2)
    }

    private mutating func run() {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "<") {
                i = markup(at: i)
            } else if b == UInt8(ascii: "&"), let (scalar, length) = HTMLEntityDecoder.decode(bytes, at: i) {
                let start = input.sourceSpan(of: i..<(i + length))
                if scalar == "\u{A0}" {
                    space(origin: start.offset, end: start.end)
                } else {
                    for byte in scalar.utf8 { out.append(byte, start: Int32(start.offset), end: Int32(start.end)) }
                }
                i += length
            } else if ByteClass.isSpace(b) {
                let span = input.sourceSpan(of: i..<(i + 1))
                space(origin: span.offset, end: span.end)
                i += 1
            } else {
                let end = endOfText(from: i)
                out.append(contentsOf: input, range: i..<end)
                i = end
            }
        }
    }

    /// The end of the text that starts at `start` (a byte that is not markup, a reference or
    /// a blank) and is copied as it stands: up to markup, a reference or a blank, taking
    /// along single spaces between words.
    private func endOfText(from start: Int) -> Int {
        var k = start + 1
        while k < bytes.count {
            let b = bytes[k]
            if b == UInt8(ascii: "<") || b == UInt8(ascii: "&") { break }
            if ByteClass.isSpace(b), b != 0x20 || ByteClass.isSpace(bytes[k - 1]) { break }
            k += 1
        }
        return k
    }

    private mutating func space(origin: Int, end: Int) {
        if let last = out.last, last == 0x20 || last == 0x0A { return }
        if out.count == 0 { return }
        out.append(0x20, start: Int32(origin), end: Int32(end))
    }

    /// Inserts `count` newlines (at most two in a row), dropping a trailing space first.
    private mutating func breakLine(count: Int, at i: Int) {
        guard out.count > 0 else { return }
        if out.last == 0x20 { out.removeLast() }
        let origin = Int32(input.sourceSpan(of: i..<i).offset)
        var trailing = 0
        var k = out.bytes.count - 1
        while k >= 0, out.bytes[k] == 0x0A, trailing < 2 {
            trailing += 1
            k -= 1
        }
        for _ in trailing..<max(count, trailing) { out.append(0x0A, start: origin, end: origin) }
    }

    /// Handles the markup starting at `i` (a `<`) and returns where text resumes.
    private mutating func markup(at i: Int) -> Int {
        let n = bytes.count
        if matches(Self.commentOpen, at: i) {
            return (find(Self.commentClose, from: i + 4) ?? n - 3) + 3
        }
        guard i + 1 < n else {
            out.append(contentsOf: input, range: i..<n)
            return n
        }
        let next = bytes[i + 1]
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") { return (find([0x3E], from: i) ?? n - 1) + 1 }
        let closing = next == UInt8(ascii: "/")
        var j = closing ? i + 2 : i + 1
        let nameStart = j
        while j < n, ByteClass.isAlphanumeric(bytes[j]) { j += 1 }
        guard j > nameStart, ByteClass.isLetter(bytes[nameStart]) else {
            out.append(contentsOf: input, range: i..<(i + 1))
            return i + 1
        }
        let name = nameStart..<j
        let treatment = HTMLTreatment.of(bytes[name])
        let tagEnd = endOfTag(from: j)
        let after = min(tagEnd + 1, n)
        let selfClosing = tagEnd > 0 && tagEnd < n && bytes[tagEnd - 1] == UInt8(ascii: "/")
        if closing {
            closeElement(name, treatment, at: i)
            return after
        }
        if isName(name, Self.meta) {
            readMeta(bytes[j..<min(tagEnd, n)])
            return after
        }
        if isName(name, Self.title) {
            let close = find(Self.titleClose, from: after, caseInsensitive: true) ?? n
            if head.title == nil { head.title = cleanText(bytes[after..<close]) }
            return close
        }
        let furniture =
            treatment.contains(.dropped) || (articleDepth == 0 && treatment.contains(.droppedOutsideArticle))
        if furniture && !selfClosing {
            breakLine(count: 2, at: i)
            return skipElement(name, treatment, from: after)
        }
        if treatment.contains(.rawText) && !selfClosing {
            return skipElement(name, treatment, from: after)
        }
        if isName(name, Self.article) { articleDepth += 1 }
        if isName(name, Self.h1), head.heading == nil { headingStart = out.count }
        openElement(treatment, at: i)
        return after
    }

    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let titleClose = Array("</title".utf8)
    private static let (meta, title, article, h1, br) = (
        Array("meta".utf8), Array("title".utf8), Array("article".utf8), Array("h1".utf8), Array("br".utf8)
    )

    /// Whether the tag name at `name` is `lowerCaseName`, in any letter case.
    private func isName(_ name: Range<Int>, _ lowerCaseName: [UInt8]) -> Bool {
        name.count == lowerCaseName.count && matches(lowerCaseName, at: name.lowerBound)
    }

    private mutating func openElement(_ treatment: HTMLTreatment, at i: Int) {
        if treatment.contains(.paragraph) {
            breakLine(count: 2, at: i)
        } else if treatment.contains(.line) {
            breakLine(count: 1, at: i)
        } else if treatment.contains(.wordBreak) {
            let origin = input.sourceSpan(of: i..<i).offset
            space(origin: origin, end: origin)
        }
    }

    /// Handles the end tag at `i` of the element whose name stands at `name`.
    private mutating func closeElement(_ name: Range<Int>, _ treatment: HTMLTreatment, at i: Int) {
        if isName(name, Self.article) { articleDepth = max(articleDepth - 1, 0) }
        if isName(name, Self.h1), let start = headingStart {
            head.heading = cleanText(out.bytes[start...])
            headingStart = nil
        }
        if !isName(name, Self.br) { openElement(treatment, at: i) }
    }

    /// Skips to just past the end tag that closes the element whose name stands at `name`,
    /// counting nested elements of the same name (raw-text elements cannot nest).
    private func skipElement(_ name: Range<Int>, _ treatment: HTMLTreatment, from start: Int) -> Int {
        let n = bytes.count
        let lowerCaseName = bytes[name].map(ByteClass.lower)
        let open = [UInt8(ascii: "<")] + lowerCaseName
        let close = [UInt8(ascii: "<"), UInt8(ascii: "/")] + lowerCaseName
        if treatment.contains(.rawText) {
            guard let end = find(close, from: start, caseInsensitive: true) else { return n }
            return min(endOfTag(from: end) + 1, n)
        }
        var depth = 1
        var k = start
        while k < n {
            guard let lt = find([0x3C], from: k) else { return n }
            if matches(close, at: lt), lt + close.count >= n || !ByteClass.isAlphanumeric(bytes[lt + close.count]) {
                depth -= 1
                if depth == 0 { return min(endOfTag(from: lt) + 1, n) }
            } else if matches(open, at: lt), lt + open.count < n, !ByteClass.isAlphanumeric(bytes[lt + open.count]) {
                depth += 1
            }
            k = lt + 1
        }
        return n
    }

    /// The index of the `>` that ends the tag whose name ends before `from`, skipping quoted
    /// attribute values; `bytes.count` when the page ends first.
    private func endOfTag(from: Int) -> Int {
        var k = from
        var quote: UInt8 = 0
        while k < bytes.count {
            let b = bytes[k]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x22 || b == 0x27 {
                quote = b
            } else if b == 0x3E {
                return k
            }
            k += 1
        }
        return bytes.count
    }

    private mutating func readMeta(_ attributes: ArraySlice<UInt8>) {
        let pairs = HTMLAttributes.parse(attributes)
        guard let content = pairs["content"] else { return }
        for key in ["property", "name", "itemprop"] {
            if let name = pairs[key]?.lowercased(), !name.isEmpty, head.meta[name] == nil {
                head.meta[name] = content
            }
        }
    }

    private func cleanText(_ slice: ArraySlice<UInt8>) -> String? {
        let text = HTMLEntityDecoder.decodeAll(slice)
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return Self.collapsingASCIIBlanks(text) }
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// ASCII `text` with its words (split at the blanks `Character.isWhitespace` knows in
    /// ASCII: tab to carriage return, and space) joined by single spaces; `nil` when it has no
    /// word. The same as splitting by characters, without making one.
    private static func collapsingASCIIBlanks(_ text: String) -> String? {
        var joined: [UInt8] = []
        joined.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                pendingSpace = !joined.isEmpty
            } else {
                if pendingSpace { joined.append(0x20) }
                pendingSpace = false
                joined.append(byte)
            }
        }
        return joined.isEmpty ? nil : String(decoding: joined, as: UTF8.self)
    }

    private func matches(_ pattern: [UInt8], at k: Int) -> Bool {
        guard k + pattern.count <= bytes.count else { return false }
        for (offset, p) in pattern.enumerated() where ByteClass.lower(bytes[k + offset]) != p { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from start: Int, caseInsensitive: Bool = false) -> Int? {
        guard let first = pattern.first, start < bytes.count else { return nil }
        var k = start
        while k + pattern.count <= bytes.count {
            let b = caseInsensitive ? ByteClass.lower(bytes[k]) : bytes[k]
            if b == first,
                caseInsensitive ? matches(pattern, at: k) : bytes[k..<(k + pattern.count)].elementsEqual(pattern)
            {
                return k
            }
            k += 1
        }
        return nil
    }
}
