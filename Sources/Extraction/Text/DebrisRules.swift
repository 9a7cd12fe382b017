/// The words and phrases that mark web-page debris, kept apart from the filter that reads
/// them. All entries are lower case; matching ignores case.
enum DebrisRules {
    /// Words of share bars, navigation buttons and widget labels. A line made only of these
    /// (with at least one that is not a mere function word) is debris.
    static let navigationWords: Set<String> = [
        "share", "shares", "sharing", "print", "printer", "email", "e-mail", "mail", "close", "back",
        "top", "facebook", "twitter", "x", "weibo", "wechat", "sina", "renren", "telegram", "viber",
        "whatsapp", "linkedin", "line", "reddit", "pinterest", "tumblr", "qzone", "google+", "f", "t",
        "font", "size", "large", "medium", "small", "comment", "comments", "login", "log", "sign",
        "subscribe", "search", "more", "hot", "video", "videos", "trends", "trending", "popular",
        "most", "next", "previous", "prev", "tweet", "like", "follow", "save", "copy", "link", "home",
        "bookmark", "a+", "a-", "text", "feedback", "rss", "menu", "download", "app",
    ]
    /// Words allowed in a navigation line that do not make one by themselves.
    static let functionWords: Set<String> = ["to", "in", "on", "this", "us", "the", "and", "of", "up", "out", "story"]
    /// Openings of tag and section labels (`Tags: police, ASEAN`), each followed by a colon.
    static let labelPrefixes = BytePatterns([
        "tags", "tag", "teg", "topics", "topic", "keywords", "posted in", "filed under", "category",
        "categories", "newspaper section", "section", "share", "share this", "share to", "share on",
    ])
    /// Openings of editor lines.
    static let editorPrefixes = BytePatterns([
        "editor:", "editor :", "editors:", "edited by", "responsible editor", "web editor", "chief editor",
        "(editor", "[editor",
    ])
    /// Openings of photo captions and credits.
    static let photoPrefixes = BytePatterns([
        "photo:", "photos:", "photo by", "photo/", "photo credit", "(photo", "[photo", "file photo",
        "cover image", "(cover image", "caption:", "image:", "picture:", "pic:", "(file photo",
    ])
    /// Openings of copyright notices; any line containing `©` or "all rights reserved" is one too.
    static let copyrightPrefixes = BytePatterns(["copyright", "(c) ", "(c)1", "(c)2"])
    static let copyrightPhrases = BytePatterns(["all rights reserved"])
    /// Copyright signs, looked for only in lines holding a non-ASCII byte.
    static let copyrightSigns = BytePatterns(["\u{A9}"])
    /// Headers of related-story link lists (`Related stories:`, `Read more`).
    static let relatedHeaders = BytePatterns([
        "related", "read more", "read also", "also read", "see also", "more stories", "more news",
        "more on this", "you may also like", "you might also like", "recommended", "further reading",
        "most popular", "most read", "popular stories", "latest news", "top stories", "editor's picks",
        "more from", "also on", "other news",
    ])
    /// The bits of the prefix lists in ``prefixLeads``.
    enum PrefixList {
        static let label: UInt8 = 1
        static let editor: UInt8 = 2
        static let photo: UInt8 = 4
        static let copyright: UInt8 = 8
        static let related: UInt8 = 16
    }
    /// The prefix lists a line may start with, by its first two bytes: most lines start with
    /// none, and their prefix rules end at one lookup.
    static let prefixLeads = PrefixLeads([
        (PrefixList.label, labelPrefixes), (PrefixList.editor, editorPrefixes), (PrefixList.photo, photoPrefixes),
        (PrefixList.copyright, copyrightPrefixes), (PrefixList.related, relatedHeaders),
    ])
    /// Separators between menu items.
    static let menuSeparators = BytePatterns(["|", "\u{2022}", "\u{00B7}", "\u{00BB}", ">", "\u{203A}"])
    /// A menu has at least this many items, each of at most `menuItemWords` words.
    static let menuMinimumItems = 3
    static let menuItemWords = 4
    /// Link lists without a header are removed at the end of an article when they are at
    /// least this long.
    static let trailingListMinimumLines = 3
    /// Repeated lines shorter than this are kept (signature marks like `* * *`).
    static let duplicateMinimumBytes = 20
}
