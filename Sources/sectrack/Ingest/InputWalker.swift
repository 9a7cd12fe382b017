import Foundation

/// Streams the files to ingest from the paths on the command line: a file as it is, a folder
/// recursively (its `.txt`, `.html` and `.htm` files; others are reported as skipped), `-` as
/// standard input. Paths are produced one at a time, never collected, so a folder of millions
/// of files costs no memory.
struct InputWalker: Sequence {
    let arguments: [String]

    /// The extensions read from folders, lower case.
    static let articleExtensions: Set<String> = ["txt", "html", "htm"]

    func makeIterator() -> Iterator { Iterator(arguments: arguments[...]) }

    struct Iterator: IteratorProtocol {
        var arguments: ArraySlice<String>
        var folder: (root: String, enumerator: FileManager.DirectoryEnumerator)?

        mutating func next() -> InputItem? {
            while true {
                if let (root, enumerator) = folder {
                    while let relative = enumerator.nextObject() as? String {
                        let path = root.hasSuffix("/") ? root + relative : root + "/" + relative
                        if let type = enumerator.fileAttributes?[.type] as? FileAttributeType, type == .typeDirectory {
                            continue
                        }
                        let ext = (relative as NSString).pathExtension.lowercased()
                        return InputWalker.articleExtensions.contains(ext) ? .file(path) : .skipped(path)
                    }
                    folder = nil
                }
                guard let argument = arguments.popFirst() else { return nil }
                if argument == "-" { return .standardInput }
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue,
                    let enumerator = FileManager.default.enumerator(atPath: argument)
                {
                    folder = (argument, enumerator)
                    continue
                }
                return .file(argument)
            }
        }
    }
}
