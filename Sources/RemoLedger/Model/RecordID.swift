/// The identifier a store gives a stored entity: `Partner.ID`, `Customer.ID`,
/// `License.ID`, ... Each entity's IDs are a distinct type, so a camera's ID
/// cannot be passed where a license's is expected.
public struct RecordID<Entity>: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The store's number for the entity (SQLite's rowid).
    public let rawValue: Int64

    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    public static func < (lhs: RecordID, rhs: RecordID) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { String(rawValue) }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
