/// How the stripper treats each HTML element it meets: data kept apart from the walk.
enum HTMLElements {
    /// Elements whose whole content is page furniture, never article text.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "nav", "aside", "template", "svg", "iframe", "select",
        "button", "canvas", "object", "embed", "map",
    ]
    /// Elements dropped only outside `<article>` (a site banner or footer, not the
    /// article's own headline block).
    static let droppedOutsideArticle: Set<String> = ["header", "footer"]
    /// Elements whose content is raw text up to their end tag.
    static let rawText: Set<String> = ["script", "style", "textarea", "title"]
    /// Elements that stand as a paragraph of their own.
    static let paragraph: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "div", "article", "section", "main", "blockquote",
        "ul", "ol", "dl", "table", "header", "footer", "figure", "figcaption", "pre", "hr", "address",
        "body", "center", "details", "summary", "fieldset",
    ]
    /// Elements that end a line but not a paragraph.
    static let line: Set<String> = ["br", "li", "tr", "dt", "dd", "option", "caption"]
    /// Elements that separate words (table cells).
    static let wordBreak: Set<String> = ["td", "th", "img"]
}
