import Testing

@testable import Extraction

@Suite("Cue classes")
struct CueIndexTests {
    @Test("every class lists the table built with it")
    func classesListTheirTables() {
        for cue in CueClass.allCases {
            #expect(cue.table.cue == cue)
            #expect(!cue.table.firstKeys.isEmpty)
        }
    }

    @Test("a token carries the bit of every table with a phrase that starts with it, and no other")
    func tokensCarryTheirTables() {
        let tokens = Tokenizer.tokens(of: Array("Ministers held talks in Beijing, then signed".utf8))
        let firstKeys = CueClass.allCases.map { Set($0.table.firstKeys) }
        for token in tokens {
            let expected = CueClass.allCases.indices.reduce(UInt64(0)) { bits, number in
                firstKeys[number].contains(token.key) ? bits | CueClass.allCases[number].bit : bits
            }
            #expect(token.cues == expected)
        }
        #expect(tokens[2].cues & CueClass.kinds.bit != 0)
        #expect(tokens[1].cues & CueClass.holdingVerbs.bit != 0)
        #expect(tokens[4].cues == 0)
    }

    @Test("a sentence carries the bits of its tokens together, and a table without one occurs nowhere in it")
    func sentencesCarryTheirTokensBits() {
        let text = Array("Ministers held talks in Beijing. Rain fell on Monday.".utf8)
        let article = Article(
            MeetingInput(text: text, sentences: [0..<32, 33..<text.count], title: nil, published: nil, dateline: nil))
        #expect(article.sentenceCues.count == article.sentenceTokens.count)
        for (number, range) in article.sentenceTokens.enumerated() {
            #expect(article.sentenceCues[number] == article.tokens[range].reduce(0) { $0 | $1.cues })
        }
        #expect(article.mayHold(MeetingNouns.kinds, 0))
        #expect(!article.mayHold(MeetingNouns.kinds, 1))
        #expect(article.occurs(ContextCues.occurrenceVerbs, inSentence: 0))
        #expect(!article.occurs(ContextCues.occurrenceVerbs, inSentence: 1))
    }

    @Test("tables find phrases through the bits as through their keys")
    func tablesMatchThroughBits() {
        let tokens = Tokenizer.tokens(of: Array("a video conference and a round of talks were held".utf8))
        #expect(MeetingNouns.kinds.match(tokens, at: 1)?.length == 2)
        #expect(MeetingNouns.kinds.match(tokens, at: 0) == nil)
        #expect(MeetingNouns.occurrenceNouns.match(tokens, endingAt: 7, window: 2)?.start == 5)
        #expect(MeetingNouns.ellipticalVerbs.occurs(in: tokens, 8..<10))
        #expect(CueIndex.empty.of(Tokenizer.key("talks")) == 0)
    }

    @Test("a table's candidates are the tokens carrying its bit, and it occurs in a range where one matches")
    func candidatesAndOccurrences() {
        let tokens = Tokenizer.tokens(of: Array("the ministers met and then held talks in the city".utf8))
        let table = MeetingNouns.holdingVerbs
        #expect(table.firstCandidate(in: tokens, from: 0, to: tokens.count) == 5)
        #expect(table.firstCandidate(in: tokens, from: 6, to: tokens.count) == tokens.count)
        #expect(table.firstCandidate(in: tokens, from: 0, to: 4) == 4)
        for lower in 0...tokens.count {
            for upper in lower...tokens.count {
                let expected = (lower..<upper).contains { table.match(tokens, at: $0) != nil }
                #expect(table.occurs(in: tokens, lower..<upper) == expected)
            }
        }
    }
}
