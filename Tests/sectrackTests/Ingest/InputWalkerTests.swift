import Foundation
import Testing

@testable import sectrack

@Suite("Input walker")
struct InputWalkerTests {
    @Test(
        "a file name's extension is the one NSString.pathExtension gives",
        arguments: ["a.txt", "b.HTML", "c.tar.gz", ".profile", "noext", "dot.", "x..htm", "Hà Nội.txt", ".a.txt"])
    func pathExtension(name: String) {
        #expect(InputWalker.pathExtension(of: name) == (name as NSString).pathExtension, "\(name)")
    }
}
