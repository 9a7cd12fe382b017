import Testing

@testable import Extraction

@Suite("Text preparation: HTML")
struct HTMLStripperTests {
    private func text(_ html: String) -> String { TextPreparer.prepare(Array(html.utf8), format: .html).text }

    @Test("furniture elements and comments are dropped, blocks become paragraphs")
    func furniture() {
        let html = """
            <html><head><title>Talks open - Example Daily</title><style>p { color: red; }</style></head>
            <body><nav><a href="/">Home</a> <a href="/w">World</a></nav><header>Example Daily</header>
            <!-- ad slot --><script>var x = "<p>not text</p>";</script>
            <article><h1>Police chiefs meet in Vientiane</h1>
            <p>Police chiefs from five countries met on Monday.</p><p>They agreed to share data.<br>Talks end today.</p>
            </article><aside><h3>Related</h3><ul><li>Other story</li></ul></aside><footer>About us</footer></body></html>
            """
        let expected = """
            Police chiefs meet in Vientiane

            Police chiefs from five countries met on Monday.

            They agreed to share data.
            Talks end today.
            """
        #expect(text(html) == expected, "got \(text(html).debugDescription)")
    }

    @Test(
        "entities are decoded",
        arguments: [
            ("<p>Law &amp; order</p>", "Law & order"),
            (
                "<p>China&rsquo;s &ldquo;plan&rdquo; &mdash; done&hellip;</p>",
                "China\u{2019}s \u{201C}plan\u{201D} \u{2014} done\u{2026}"
            ),
            ("<p>a&nbsp;b &#8217; &#x2019; &#39;</p>", "a b \u{2019} \u{2019} '"),
            ("<p>R&D &unknown; &amp</p>", "R&D &unknown; &"),
        ])
    func entities(html: String, expected: String) {
        #expect(text(html) == expected, "input \(html.debugDescription): got \(text(html).debugDescription)")
    }

    @Test("a header inside the article is kept, one outside it is dropped")
    func headerInsideArticle() {
        let html =
            "<header><p>Site banner</p></header><article><header><h1>Ministers meet</h1></header><p>Body text.</p></article>"
        #expect(text(html) == "Ministers meet\n\nBody text.")
    }

    @Test("meta tags, title and first heading are collected")
    func head() {
        let html = """
            <head><title>Talks &amp; more - Example Post</title>
            <meta property="article:published_time" content="2021-03-04T08:00:00+07:00">
            <meta name='og:site_name' content="Example Post"></head><body><h1>Big <em>talks</em></h1><p>x</p></body>
            """
        let prepared = TextPreparer.prepare(Array(html.utf8), format: .html)
        #expect(prepared.head.title == "Talks & more - Example Post")
        #expect(prepared.head.meta["article:published_time"] == "2021-03-04T08:00:00+07:00")
        #expect(prepared.head.meta["og:site_name"] == "Example Post")
        #expect(prepared.head.heading == "Big talks")
    }
}
