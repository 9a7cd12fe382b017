import Foundation
import Testing

@testable import sectrack

@Suite("Input walker")
struct InputWalkerTests {
    @Test(
        "a file is an article when NSString.pathExtension gives one of the article extensions, in any case",
        arguments: [
            "a.txt", "b.HTML", "c.tar.gz", ".profile", "noext", "dot.", "x..htm", "Hà Nội.txt", ".a.txt", ".txt",
            "a.Htm", "a.xhtml", "a.tx", "a.txt.bak",
        ])
    func articleName(name: String) {
        let expected = ["txt", "html", "htm"].contains((name as NSString).pathExtension.lowercased())
        let isArticle = Array(name.utf8).withUnsafeBufferPointer { InputWalker.isArticle(name: $0) }
        #expect(isArticle == expected, "\(name)")
    }

    @Test("an entry's path is its folder's prefix and its name, invalid UTF-8 repaired as String(decoding:) does")
    func entryPath() {
        let prefix = Array("dir/Hà/".utf8)
        for name: [UInt8] in [Array("a.txt".utf8), [0x61, 0xFF, 0x2E, 0x74, 0x78, 0x74], []] {
            let path = name.withUnsafeBufferPointer { InputWalker.path(prefix, $0) }
            #expect(path == String(decoding: prefix + name, as: UTF8.self))
        }
    }
}
