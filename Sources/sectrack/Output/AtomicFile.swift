import Foundation

/// Writes a file so that readers see either the old contents or the whole new contents:
/// the bytes go to a temporary file in the same folder, are flushed to disk, then the
/// temporary file is renamed over the target.
struct AtomicFile {
    let path: String

    /// Runs `body`, which emits the new contents piece by piece, and replaces the file only
    /// when `body` returned and every byte reached the disk; otherwise the old file stays.
    /// - throws: ``OutputError`` naming the file and the system's reason.
    func write(_ body: (_ emit: (String) throws -> Void) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
        var finished = false
        defer {
            if !finished {
                close(descriptor)
                unlink(temporary)
            }
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        func flush() throws {
            var offset = 0
            while offset < buffer.count {
                let written = buffer[offset...].withUnsafeBytes {
                    Foundation.write(descriptor, $0.baseAddress, $0.count)
                }
                guard written > 0 else { throw OutputError(path: path, reason: String(cString: strerror(errno))) }
                offset += written
            }
            buffer.removeAll(keepingCapacity: true)
        }
        try body { text in
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 { try flush() }
        }
        try flush()
        let synced = fsync(descriptor) == 0
        let closed = close(descriptor) == 0
        finished = true
        guard synced, closed, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw OutputError(path: path, reason: reason)
        }
    }
}

/// A file that could not be written, with the system's reason.
struct OutputError: LocalizedError, CustomStringConvertible {
    let path: String
    let reason: String
    var description: String { "cannot write \(path): \(reason)" }
    var errorDescription: String? { description }
}
