import Testing

@testable import Extraction

@Suite("Byte lookups: word tables and pattern lists")
struct ByteLookupTests {
    private static let months = WordTable(["oct": 10, "october": 10, "may": 5])
    private static let separators = BytePatterns([" -- ", "--", "|", "all rights reserved"])

    private func bytes(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }

    private func occurs(_ patterns: BytePatterns, in text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { patterns.occurs(in: $0) }
    }

    @Test(
        "a word table finds its words in any letter case, and nothing else",
        arguments: [
            ("oct", 10), ("Oct", 10), ("OCTOBER", 10), ("May", 5), ("octo", nil), ("oc", nil), ("", nil),
            ("Octobers", nil), ("m\u{E1}y", nil),
        ] as [(String, Int?)]
    )
    func wordTable(word: String, expected: Int?) {
        let got = Self.months.value(for: bytes(word))
        #expect(
            got == expected,
            "word \(word.debugDescription): expected \(String(describing: expected)), got \(String(describing: got))")
    }

    @Test("a word set says whether it holds a word")
    func wordSet() {
        let words = WordTable(Set(["share", "e-mail"]))
        #expect(words.contains(bytes("Share")))
        #expect(words.contains(bytes("E-MAIL")))
        #expect(!words.contains(bytes("shared")))
        #expect(!words.contains(bytes("")))
    }

    @Test(
        "the first pattern in list order that starts at a position",
        arguments: [
            ("BEIJING -- Talks", 7, " -- "), ("BEIJING--Talks", 7, "--"), ("Home | News", 5, "|"),
            ("Home | News", 4, nil), ("", 0, nil), ("ALL RIGHTS RESERVED", 0, "all rights reserved"),
        ] as [(String, Int, String?)]
    )
    func first(text: String, index: Int, expected: String?) {
        let got = Self.separators.first(in: bytes(text), at: index).map { String(decoding: $0, as: UTF8.self) }
        #expect(
            got == expected,
            "\(text.debugDescription) at \(index): expected \(String(describing: expected)), got \(String(describing: got))"
        )
    }

    @Test(
        "a pattern occurs anywhere in a text, in any letter case",
        arguments: [
            ("Copyright 2019. All Rights Reserved.", true), ("Home | News", true), ("A-B", false), ("", false),
            ("all rights", false),
        ]
    )
    func occurs(text: String, expected: Bool) {
        #expect(occurs(Self.separators, in: text) == expected, "text \(text.debugDescription)")
    }

    @Test("the patterns a text holds at a position, in list order")
    func allAtPosition() {
        let prefixes = BytePatterns(["share", "share this", "tags"])
        let got = prefixes.all(in: bytes("Share this: x"), at: 0).map { String(decoding: $0, as: UTF8.self) }
        #expect(got == ["share", "share this"], "got \(got)")
        #expect(prefixes.all(in: bytes("Tag"), at: 0).isEmpty)
    }

    @Test(
        "a phrase is found wherever it stands against the eight-byte blocks of the scan",
        arguments: 0..<12
    )
    func occursAtEveryOffset(offset: Int) {
        let phrases = BytePatterns(["all rights reserved", "\u{A9}"])
        let padding = String(repeating: "x", count: offset)
        #expect(occurs(phrases, in: padding + "ALL RIGHTS RESERVED"), "after \(offset) bytes")
        #expect(occurs(phrases, in: padding + "\u{A9} 2019"), "sign after \(offset) bytes")
        #expect(!occurs(phrases, in: padding + "all rights reserve"), "cut phrase after \(offset) bytes")
        #expect(!occurs(phrases, in: padding + "ll rights reserved"), "cut start after \(offset) bytes")
    }
}
