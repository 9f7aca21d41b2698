import RemoCore

/// Licenses just assigned, as `remo license assign --json` prints them and
/// `POST /api/v1/assignments` answers: `{"customer", "part", "licenses": [id],
/// "assigned", "freeUntil", "expires", "remaining"}`.
public struct AssignmentDocument: Encodable, Sendable {
    public let result: AssignmentResult

    public init(_ result: AssignmentResult) {
        self.result = result
    }

    private enum Key: String, CodingKey { case customer, part, licenses, assigned, freeUntil, expires, remaining }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(result.customer.email.description, forKey: .customer)
        try container.encode(result.product.part, forKey: .part)
        try container.encode(result.licenses.map(\.rawValue), forKey: .licenses)
        try container.encode(result.dates.assigned, forKey: .assigned)
        try container.encode(result.dates.freeUntil, forKey: .freeUntil)
        try container.encode(result.dates.expires, forKey: .expires)
        try container.encode(result.remaining, forKey: .remaining)
    }
}
