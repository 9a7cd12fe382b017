import Foundation

/// Streams the files to read from the paths on the command line: a file as it is, a folder
/// recursively (its `.txt`, `.html` and `.htm` files; others are reported as skipped), `-` as
/// standard input. Paths are produced one at a time, never collected, so a folder of millions
/// of files costs no memory.
///
/// Folders are read with `opendir`/`readdir`, whose entry types spare a `stat` per file (the
/// Foundation enumerator stats every entry, which cost more than reading small articles).
struct InputWalker: Sequence {
    let arguments: [String]

    /// The extensions read from folders, lower case.
    static let articleExtensions: [[UInt8]] = ["txt", "html", "htm"].map { Array($0.utf8) }

    func makeIterator() -> Iterator { Iterator(arguments: arguments[...]) }

    struct Iterator: IteratorProtocol {
        var arguments: ArraySlice<String>
        /// The folders being read, innermost last, each as the bytes its entries' paths start
        /// with (its path and a slash) and its open handle.
        var folders: [(prefix: [UInt8], handle: OpaquePointer)] = []

        mutating func next() -> InputItem? {
            while true {
                if let entry = nextEntry() { return entry }
                guard let argument = arguments.popFirst() else { return nil }
                if argument == "-" { return .standardInput }
                if InputWalker.isFolder(argument), let handle = opendir(argument) {
                    var prefix = Array(argument.utf8)
                    if prefix.last != UInt8(ascii: "/") { prefix.append(UInt8(ascii: "/")) }
                    folders.append((prefix, handle))
                    continue
                }
                return .file(argument)
            }
        }

        /// The next file below the open folders, descending into sub-folders as they come.
        /// The entry's name is read in place, and its path made as one string.
        private mutating func nextEntry() -> InputItem? {
            while let (prefix, handle) = folders.last {
                guard let entry = readdir(handle) else {
                    closedir(handle)
                    folders.removeLast()
                    continue
                }
                let type = entry.pointee.d_type
                let next: InputItem? = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                    let start = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
                    let name = UnsafeBufferPointer(start: start, count: strlen(start))
                    if name.count <= 2, name.allSatisfy({ $0 == UInt8(ascii: ".") }) { return nil }  // . and ..
                    let path = InputWalker.path(prefix, name)
                    let isFolder = type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && InputWalker.isFolder(path))
                    if isFolder {
                        if let inner = opendir(path) { folders.append((prefix + name + [UInt8(ascii: "/")], inner)) }
                        return nil
                    }
                    return InputWalker.isArticle(name: name) ? .file(path) : .skipped(path)
                }
                if let next { return next }
            }
            return nil
        }
    }

    /// `prefix` and `name` joined in one string (invalid UTF-8 repaired, as `String(decoding:)`
    /// does).
    static func path(_ prefix: [UInt8], _ name: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: prefix.count + name.count) { buffer in
            _ = buffer.initialize(from: prefix)
            _ = UnsafeMutableBufferPointer(rebasing: buffer[prefix.count...]).initialize(from: name)
            return prefix.count + name.count
        }
    }

    /// Whether a file name (its UTF-8 bytes) ends in one of ``articleExtensions`` in any case.
    /// The extension is what `NSString.pathExtension` gives for a name without slashes: the
    /// part after the last period, none when the name only begins with it (".profile").
    static func isArticle(name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return false }
        let ext = name[(dot + 1)...]
        return articleExtensions.contains { wanted in
            wanted.count == ext.count && zip(wanted, ext).allSatisfy { $0 == lowerASCII($1) }
        }
    }

    private static func lowerASCII(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    /// Whether `path` is a folder (following symbolic links).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
