public import Foundation
public import RemoCore

/// A sales partner (販売パートナー): buys licenses, holds them as stock, adds
/// customers and assigns licenses to them.
public struct Partner: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<Partner>

    /// The store's identifier.
    public let id: ID
    /// The partner code, unique.
    public let code: Code
    /// The company name.
    public let name: String
    /// The partner user's address: `--as` this address acts as the partner.
    public let email: EmailAddress
    /// When the partner was added.
    public let created: Date

    public init(id: ID, code: Code, name: String, email: EmailAddress, created: Date) {
        self.id = id
        self.code = code
        self.name = name
        self.email = email
        self.created = created
    }

    /// A partner code: 1 to 32 letters, digits, `-` or `_`, upper-cased (`P0001`, `TOKYO-01`).
    public struct Code: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String

        /// A code from what was typed (trimmed, upper-cased), or nil when it has other characters.
        public init?(rawValue: String) {
            let text = rawValue.trimmingCharacters(in: .whitespaces).uppercased()
            guard (1...32).contains(text.utf8.count),
                text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || $0 == 0x2D || $0 == 0x5F })
            else { return nil }
            self.rawValue = text
        }

        /// A code from what was typed.
        ///
        /// - Throws: ``AccountError/malformedPartnerCode(_:)``.
        public init(_ text: String) throws(AccountError) {
            guard let code = Code(rawValue: text) else { throw .malformedPartnerCode(text) }
            self = code
        }

        public var description: String { rawValue }
        public static func < (lhs: Code, rhs: Code) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
