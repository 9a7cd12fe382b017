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
    static let articleExtensions: Set<String> = ["txt", "html", "htm"]

    func makeIterator() -> Iterator { Iterator(arguments: arguments[...]) }

    struct Iterator: IteratorProtocol {
        var arguments: ArraySlice<String>
        /// The folders being read, innermost last, each with its open handle.
        var folders: [(path: String, handle: OpaquePointer)] = []

        mutating func next() -> InputItem? {
            while true {
                if let entry = nextEntry() { return entry }
                guard let argument = arguments.popFirst() else { return nil }
                if argument == "-" { return .standardInput }
                if InputWalker.isFolder(argument), let handle = opendir(argument) {
                    folders.append((argument.hasSuffix("/") ? String(argument.dropLast()) : argument, handle))
                    continue
                }
                return .file(argument)
            }
        }

        /// The next file below the open folders, descending into sub-folders as they come.
        private mutating func nextEntry() -> InputItem? {
            while let (folder, handle) = folders.last {
                guard let entry = readdir(handle) else {
                    closedir(handle)
                    folders.removeLast()
                    continue
                }
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = folder + "/" + name
                let type = entry.pointee.d_type
                let isFolder = type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && InputWalker.isFolder(path))
                if isFolder {
                    if let inner = opendir(path) { folders.append((path, inner)) }
                    continue
                }
                let ext = InputWalker.pathExtension(of: name).lowercased()
                return InputWalker.articleExtensions.contains(ext) ? .file(path) : .skipped(path)
            }
            return nil
        }
    }

    /// The part of a file name after its last period, empty when there is none, when the name
    /// only begins with it (".profile") or ends with it; as `NSString.pathExtension` gives it for
    /// a name without slashes, at a tiny fraction of its cost per file.
    static func pathExtension(of name: String) -> String {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }

    /// Whether `path` is a folder (following symbolic links).
    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
