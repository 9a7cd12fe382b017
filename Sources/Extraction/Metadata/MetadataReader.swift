/// Reads an article's publication date, outlet, headline and dateline from its prepared text
/// (and, for HTML pages, its `<head>`).
///
/// The date comes from, in order: a `<meta>` publication time; the first full date in the
/// lines above the body (bylines such as `English.news.cn 2015-10-21 19:16:03`,
/// `Published: 12:40, 14 Oct 2019`, `Updated: 2019-09-12`); the dateline
/// (`BEIJING, Oct. 21 (Xinhua) --`), its year taken from a footer date or, failing that,
/// from the weekday the story names; and last a footer (`(China Daily August 17, 2005)`).
public enum MetadataReader {
    /// `<meta>` names that carry the publication time, most specific first.
    private static let publishedMetaNames = [
        "article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
    ]
    /// `<meta>` names that carry the outlet's name.
    private static let siteMetaNames = ["og:site_name", "application-name", "publisher", "twitter:site"]

    /// Reads the metadata of `prepared`. `referenceYear` (a crawl or file year, when the
    /// caller knows one) places a dateline's day and month when the article gives no year.
    public static func read(_ prepared: PreparedText, referenceYear: Int? = nil) -> ArticleMetadata {
        let layout = ArticleLayout(prepared.bytes, lines: prepared.lines)
        var metadata = ArticleMetadata()
        let dateline = layout.dateline
        metadata.datelineCity = dateline?.city
        metadata.datelineRange = dateline?.range
        metadata.published =
            metaDate(prepared.head) ?? textDate(layout, dateline: dateline, referenceYear: referenceYear)
        metadata.source = source(layout, dateline: dateline, head: prepared.head)
        metadata.title = prepared.head.heading ?? layout.title ?? prepared.head.title
        return metadata
    }

    /// The publication day of the listed `<meta>` names, else of any other whose name speaks of
    /// publishing (`content_datePublished`, `article.published`, `publication_date`).
    private static func metaDate(_ head: HTMLHead) -> Day? {
        for name in publishedMetaNames {
            if let value = head.meta[name], let day = fullDay(in: value) { return day }
        }
        for (name, value) in head.meta.sorted(by: { $0.key < $1.key })
        where name.contains("publish") || name.contains("publication") {
            if let day = fullDay(in: value) { return day }
        }
        return nil
    }

    private static func fullDay(in value: String) -> Day? {
        let bytes = Array(value.utf8)
        return BylineDateParser.dates(in: bytes, 0..<bytes.count).lazy.compactMap(\.fullDay).first
    }

    private static func textDate(_ layout: ArticleLayout, dateline: Dateline?, referenceYear: Int?) -> Day? {
        let datelineDay = dateline?.date.map { (month: $0.month, day: $0.day) }
        if let date = layout.headerYearDate { return resolve(date, towards: datelineDay) }
        // The footer is read only when the header has no year: most articles never need it.
        if let date = dateline?.date {
            if let day = date.fullDay { return day }
            let anchor = footerDay(layout, towards: datelineDay)
            return YearGuess.place(
                month: date.month, day: date.day, near: anchor, text: layout, referenceYear: referenceYear)
        }
        return footerDay(layout, towards: nil)
    }

    /// The first footer date that resolves to a day, read line by line only as far as it.
    private static func footerDay(_ layout: ArticleLayout, towards dateline: (month: Int, day: Int)?) -> Day? {
        for line in layout.footerLines {
            for date in layout.dates(in: line) {
                if let day = resolve(date, towards: dateline) { return day }
            }
        }
        return nil
    }

    /// The day a full date names; an ambiguous numeric date takes the reading that agrees
    /// with the dateline's day and month.
    private static func resolve(_ date: BylineDate, towards dateline: (month: Int, day: Int)?) -> Day? {
        guard let year = date.year else { return nil }
        if let alternative = date.monthFirst, let dateline,
            alternative.month == dateline.month, alternative.day == dateline.day
        {
            return Day(year: year, month: alternative.month, day: alternative.day)
        }
        return Day(year: year, month: date.month, day: date.day)
    }

    /// The page's own site name first (a photo credit above the body may name an agency),
    /// then the lines above the body, the dateline, the title and the footer.
    private static func source(_ layout: ArticleLayout, dateline: Dateline?, head: HTMLHead) -> String? {
        for name in siteMetaNames {
            if let value = head.meta[name], let outlet = OutletMatcher.outlet(in: value) { return outlet }
        }
        for line in layout.headerLines {
            if let name = OutletMatcher.outlet(in: layout.bytes, line) { return name }
        }
        if let name = dateline?.source { return name }
        if let title = head.title, let outlet = OutletMatcher.outlet(in: title) { return outlet }
        for line in layout.footerLines.reversed() {
            if let name = OutletMatcher.outlet(in: layout.bytes, line) { return name }
        }
        return nil
    }
}
