import Foundation

/// One value as SQLite stores it: the five storage classes, and nothing else.
///
/// Every binding and every read goes through this enum, so the C API's type switch lives in
/// one place (``Statement``).
///
///     try db.execute("INSERT INTO t(a, b) VALUES (?, ?)", [.text("Hanoi"), .integer(3)])
///
/// See <https://www.sqlite.org/datatype3.html>.
public enum DatabaseValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    /// Whether the value is SQL `NULL`.
    public var isNull: Bool { self == .null }
}

extension DatabaseValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension DatabaseValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) { self = .integer(value) }
}

extension DatabaseValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .real(value) }
}

extension DatabaseValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}
