/// The field of a meeting that a piece of evidence supports.
public enum MeetingField: String, CaseIterable, Sendable, Codable {
    case name, kind, status, start, end, city, country, countries, organizations, topics
}

/// The words in the article that support one value of one field of a meeting.
///
/// `span` points into the input file as read (UTF-8 bytes), so a reader can open the file
/// and find exactly `text` there.
public struct Evidence: Hashable, Sendable {
    public var field: MeetingField
    /// The value supported, as printed in the field (`"CN"`, `"2015-10-23"`, `"terrorism"`).
    public var value: String
    public var text: String
    public var span: Span

    public init(field: MeetingField, value: String, text: String, span: Span) {
        self.field = field
        self.value = value
        self.text = text
        self.span = span
    }
}
