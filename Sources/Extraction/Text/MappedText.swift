/// Text being cleaned, with each byte tied to the bytes of the original input it came from.
///
/// Every stage of preparation reads one `MappedText` and writes another, copying the origin
/// of each byte it keeps, so the final text maps straight back to the input without
/// composing stage maps. A byte made from several input bytes (an entity, a CRLF, a run of
/// collapsed spaces) carries the whole input run; a byte the cleaner inserted carries an
/// empty run at the place it stands for.
///
/// The origins are kept as runs, not byte by byte: text copied unchanged is one run however
/// long, so copying a line costs one entry, not two offsets per byte.
struct MappedText {
    private(set) var bytes: [UInt8] = []
    /// The runs in text order; each covers the text from its `text` offset to the next run's.
    private var runs: [Run] = []

    /// Text bytes `text...` that came from input bytes `start..<end`, advancing by `step` (0
    /// or 1) per byte: a copied stretch steps by one, the bytes of one entity share an origin.
    private struct Run {
        var text: Int32
        var start: Int32
        var end: Int32
        var step: Int32
    }

    /// Empty text with room for `capacity` bytes in `runs` runs of origins.
    init(capacity: Int = 0, runs runCapacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        runs.reserveCapacity(runCapacity)
    }

    /// Text that is `input` unchanged, each byte from the input byte at its own offset.
    init(unchanged input: [UInt8]) {
        bytes = input
        if !input.isEmpty { runs = [Run(text: 0, start: 0, end: 1, step: 1)] }
    }

    var count: Int { bytes.count }
    var last: UInt8? { bytes.last }

    /// Appends one byte that came from input bytes `start..<end`.
    mutating func append(_ byte: UInt8, start: Int32, end: Int32) {
        addRun(Run(text: Int32(bytes.count), start: start, end: end, step: 0), count: 1)
        bytes.append(byte)
    }

    /// Appends `input[range]` unchanged: each byte came from the input byte at its own offset.
    mutating func append(unchanged input: [UInt8], range: Range<Int>) {
        guard !range.isEmpty else { return }
        let first = Int32(range.lowerBound)
        addRun(Run(text: Int32(bytes.count), start: first, end: first + 1, step: 1), count: range.count)
        input.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// A place in the runs of a text read from start to end: each origin looked up through it
    /// is found by stepping on from the one before, not by a search of all the runs.
    struct Cursor {
        fileprivate var run = 0
    }

    /// Copies `range` of `other`, origins included.
    mutating func append(contentsOf other: MappedText, range: Range<Int>) {
        var cursor = Cursor()
        append(contentsOf: other, range: range, from: &cursor)
    }

    /// Copies `range` of `other`, origins included, finding them from `cursor` (a cursor of
    /// `other`), which is left at the last run copied.
    mutating func append(contentsOf other: MappedText, range: Range<Int>, from cursor: inout Cursor) {
        guard !range.isEmpty else { return }
        Self.copyRuns(of: other, range: range, to: &runs, at: bytes.count, from: &cursor)
        other.bytes.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Files the origins of `range` of `other` (not empty) in `runs`, for text that starts at
    /// `offset`; `cursor` (a cursor of `other`) is left at the last run copied. Returns where
    /// the first byte's origin starts and the last byte's ends.
    @discardableResult
    private static func copyRuns(
        of other: MappedText, range: Range<Int>, to runs: inout [Run], at offset: Int, from cursor: inout Cursor
    ) -> (start: Int32, end: Int32) {
        var number = other.run(at: range.lowerBound, from: &cursor)
        var position = range.lowerBound
        var firstStart: Int32?
        var run = other.runs[number]
        while position < range.upperBound {
            run = other.runs[number]
            let runEnd = number + 1 < other.runs.count ? Int(other.runs[number + 1].text) : other.count
            let stop = min(runEnd, range.upperBound)
            let shift = Int32(position) - run.text
            let start = run.start + run.step * shift
            if firstStart == nil { firstStart = start }
            addRun(
                Run(
                    text: Int32(offset + position - range.lowerBound), start: start, end: run.end + run.step * shift,
                    step: run.step),
                count: stop - position, to: &runs)
            position = stop
            number += 1
        }
        cursor.run = number - 1
        return (firstStart ?? 0, run.end + run.step * (Int32(range.upperBound - 1) - run.text))
    }

    /// The `lines` of this text (in order, none empty) joined by `\n`, or by `\n\n` before a
    /// line with a blank before it, and where each line now stands. Each line keeps its
    /// origins; the line ends put between two lines stand for the empty span at the end of the
    /// first line's source span. The bytes are written once into a buffer of the joined size.
    func joining(_ lines: [TextLine]) -> (text: MappedText, lines: [Range<Int>]) {
        var size = 0
        for (index, line) in lines.enumerated() {
            size += line.range.count + (index == 0 ? 0 : line.blankBefore ? 2 : 1)
        }
        var runs: [Run] = []
        // Each line and each line end it gets takes a run at most, unless a line holds several.
        runs.reserveCapacity(2 * lines.count + 1)
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(lines.count)
        // The lines are read in order: one cursor finds each origin from the one before.
        var cursor = Cursor()
        let joined = bytes.withUnsafeBufferPointer { source in
            [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                var at = 0
                // Where the line before ends in the input: its source span's end.
                var lineEndOrigin: Int32 = 0
                for (index, line) in lines.enumerated() {
                    if index > 0 {
                        for _ in 0..<(line.blankBefore ? 2 : 1) {
                            Self.addRun(
                                Run(text: Int32(at), start: lineEndOrigin, end: lineEndOrigin, step: 0), count: 1,
                                to: &runs)
                            buffer[at] = 0x0A
                            at += 1
                        }
                    }
                    let (first, last) = Self.copyRuns(of: self, range: line.range, to: &runs, at: at, from: &cursor)
                    lineEndOrigin = max(first, last)
                    UnsafeMutableRawPointer(buffer.baseAddress! + at).copyMemory(
                        from: source.baseAddress! + line.range.lowerBound, byteCount: line.range.count)
                    ranges.append(at..<(at + line.range.count))
                    at += line.range.count
                }
                count = at
            }
        }
        var text = MappedText()
        text.bytes = joined
        text.runs = runs
        return (text, ranges)
    }

    /// Copies byte `index` of `other`, origin included.
    mutating func append(from other: MappedText, at index: Int) {
        append(contentsOf: other, range: index..<(index + 1))
    }

    mutating func removeLast() {
        bytes.removeLast()
        if let last = runs.last, Int(last.text) == bytes.count { runs.removeLast() }
    }

    /// Files `run`, `count` bytes long, after the last run, into it when it continues it.
    private mutating func addRun(_ run: Run, count: Int) {
        Self.addRun(run, count: count, to: &runs)
    }

    /// Files `run`, `count` bytes long, after the last of `runs`, into it when it continues it.
    private static func addRun(_ run: Run, count: Int, to runs: inout [Run]) {
        guard let last = runs.last else {
            runs.append(run)
            return
        }
        let length = run.text - last.text
        let (startShift, endShift) = (run.start - last.start, run.end - last.end)
        // A run of one byte takes whichever step the next one continues it with.
        let step =
            length == 1 && startShift == endShift && (startShift == 0 || startShift == 1) ? startShift : last.step
        if (count == 1 || run.step == step) && startShift == step * length && endShift == step * length {
            if step != last.step { runs[runs.count - 1].step = step }
        } else {
            runs.append(count == 1 ? Run(text: run.text, start: run.start, end: run.end, step: 0) : run)
        }
    }

    /// The number of the run holding text byte `index`.
    private func run(at index: Int) -> Int {
        var low = 0
        var high = runs.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if Int(runs[middle].text) <= index { low = middle } else { high = middle }
        }
        return low
    }

    /// The number of the run holding text byte `index`, stepping on from `cursor` when the
    /// byte is in its run or the next (searching otherwise); the cursor is left there.
    private func run(at index: Int, from cursor: inout Cursor) -> Int {
        var number = cursor.run
        if number >= runs.count || Int(runs[number].text) > index
            || (number + 2 < runs.count && Int(runs[number + 2].text) <= index)
        {
            number = run(at: index)
        } else if number + 1 < runs.count, Int(runs[number + 1].text) <= index {
            number += 1
        }
        cursor.run = number
        return number
    }

    /// The input bytes text byte `index` came from, found from `cursor`, a cursor of this text.
    func origin(at index: Int, from cursor: inout Cursor) -> (start: Int, end: Int) {
        let run = runs[run(at: index, from: &cursor)]
        let offset = Int32(index) - run.text
        return (Int(run.start + run.step * offset), Int(run.end + run.step * offset))
    }

    /// The input bytes that `range` of this text came from: from the first byte's origin to
    /// the end of the last byte's origin. An empty range maps to an empty span where it stands.
    func sourceSpan(of range: Range<Int>) -> Span {
        var cursor = Cursor()
        return sourceSpan(of: range, from: &cursor)
    }

    /// ``sourceSpan(of:)``, finding the origins from `cursor`, a cursor of this text.
    func sourceSpan(of range: Range<Int>, from cursor: inout Cursor) -> Span {
        guard !bytes.isEmpty else { return Span(offset: 0, length: 0) }
        let lower = min(max(range.lowerBound, 0), bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        if lower == upper {
            let at =
                lower < bytes.count
                ? origin(at: lower, from: &cursor).start : origin(at: bytes.count - 1, from: &cursor).end
            return Span(offset: at, length: 0)
        }
        let start = origin(at: lower, from: &cursor).start
        let end = origin(at: upper - 1, from: &cursor).end
        return Span(offset: start, length: max(end - start, 0))
    }
}
