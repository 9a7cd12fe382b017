import Foundation

/// Reads one article file and decides whether it can be ingested.
enum ArticleFile {
    /// Files larger than this are refused (16 MiB: far above any news article, small enough
    /// that a stray archive or video never fills memory).
    static let sizeLimit = 16 << 20

    /// Why a file cannot be ingested, in the words printed after its path.
    enum Failure: Error, Equatable, CustomStringConvertible {
        case missing
        case danglingLink
        case notAFile
        case empty
        case tooLarge(Int)
        case binary
        case unreadable(String)

        var description: String {
            switch self {
            case .missing: "no such file"
            case .danglingLink: "dangling symbolic link"
            case .notAFile: "not a regular file"
            case .empty: "empty file"
            case .tooLarge(let size): "\(size) bytes, over the \(ArticleFile.sizeLimit >> 20) MiB limit"
            case .binary: "not text (binary content)"
            case .unreadable(let reason): "cannot read: \(reason)"
            }
        }
    }

    /// The file's bytes, or why it cannot be an article.
    static func read(_ path: String) -> Result<[UInt8], Failure> {
        // The path is handed to each call as one C string, not converted for each.
        path.withCString { read(path: $0) }
    }

    private static func read(path: UnsafePointer<CChar>) -> Result<[UInt8], Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            var link = stat()
            return .failure(lstat(path, &link) == 0 ? .danglingLink : errno == ENOENT ? .missing : .notAFile)
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notAFile) }
        guard info.st_size <= sizeLimit else { return .failure(.tooLarge(Int(info.st_size))) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        // Read straight into the array (one spare byte shows the end at once); Foundation's
        // file handle and `Data` cost more per article than some stages of extraction. The
        // array is reserved, then filled: `init(repeating:count:)` allocates through a generic
        // entry point that costs more than zeroing a whole article.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size) + 1)
        bytes.append(contentsOf: repeatElement(0, count: Int(info.st_size) + 1))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { readSome(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(String(cString: strerror(errno))))
            }
            count += got
        }
        bytes.removeLast(bytes.count - count)
        return check(bytes)
    }

    /// Standard input as one article.
    static func readStandardInput() -> Result<[UInt8], Failure> {
        do {
            let data = try FileHandle.standardInput.readToEnd() ?? Data()
            guard data.count <= sizeLimit else { return .failure(.tooLarge(data.count)) }
            return check(Array(data))
        } catch {
            return .failure(.unreadable(error.localizedDescription))
        }
    }

    /// Refuses empty and binary content: a NUL byte in the first 64 KiB means binary.
    static func check(_ bytes: [UInt8]) -> Result<[UInt8], Failure> {
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(.empty)
        }
        let hasNul = bytes.withUnsafeBufferPointer { memchr($0.baseAddress!, 0, min($0.count, 1 << 16)) != nil }
        if hasNul { return .failure(.binary) }
        return .success(bytes)
    }
}

/// POSIX `read`, out of the shadow of `ArticleFile.read`.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
