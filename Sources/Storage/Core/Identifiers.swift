/// The row id of a stored article. Distinct id types keep an article id from being passed
/// where a meeting or event id is wanted.
public struct ArticleID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// The row id of a stored meeting (one article's report of a gathering).
public struct MeetingID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// The row id of a merged event (a real-world gathering).
public struct EventID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

extension ArticleID: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(rawValue) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> ArticleID? {
        Int64.fromDatabaseValue(value).map(Self.init)
    }
}

extension MeetingID: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(rawValue) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> MeetingID? {
        Int64.fromDatabaseValue(value).map(Self.init)
    }
}

extension EventID: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(rawValue) }
    public static func fromDatabaseValue(_ value: DatabaseValue) -> EventID? {
        Int64.fromDatabaseValue(value).map(Self.init)
    }
}
