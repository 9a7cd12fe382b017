/// What an HTML page says about itself outside its body text.
public struct HTMLHead: Sendable, Hashable {
    /// The `<title>` text, entities decoded.
    public var title: String?
    /// `<meta>` contents by lower-cased `name`, `property` or `itemprop`
    /// (`article:published_time`, `og:site_name`, `pubdate`), first occurrence kept.
    public var meta: [String: String]
    /// The first `<h1>` text, entities decoded.
    public var heading: String?

    public init(title: String? = nil, meta: [String: String] = [:], heading: String? = nil) {
        self.title = title
        self.meta = meta
        self.heading = heading
    }
}
