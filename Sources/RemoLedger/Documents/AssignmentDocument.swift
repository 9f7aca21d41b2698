import RemoCore

/// Licenses just assigned, as `remo license assign --json` prints them and
/// `POST /api/v1/assignments` answers: `{"customer", "part", "licenses": [id],
/// "assigned", "freeUntil", "expires", "remaining", "renewals": [{"camera",
/// "name", "currentExpiry", "daysLost", "lossFreeFrom"}]}`: `renewals` are the
/// cameras the licenses renew early, `daysLost` 0 when none are lost.
public struct AssignmentDocument: Encodable, Sendable {
    public let result: AssignmentResult

    public init(_ result: AssignmentResult) {
        self.result = result
    }

    private enum Key: String, CodingKey { case customer, part, licenses, assigned, freeUntil, expires, remaining, renewals }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(result.customer.email.description, forKey: .customer)
        try container.encode(result.product.part, forKey: .part)
        try container.encode(result.licenses.map(\.rawValue), forKey: .licenses)
        try container.encode(result.dates.assigned, forKey: .assigned)
        try container.encode(result.dates.freeUntil, forKey: .freeUntil)
        try container.encode(result.dates.expires, forKey: .expires)
        try container.encode(result.remaining, forKey: .remaining)
        try container.encode(result.renewals.map(RenewedCameraDocument.init), forKey: .renewals)
    }
}

/// A camera an assignment renews: `{"camera", "name", "currentExpiry",
/// "daysLost", "lossFreeFrom", "best": {"from", "through", "expires"}}`, `best`
/// the assignment days that give the latest expiry.
public struct RenewedCameraDocument: Encodable, Sendable {
    public let renewed: RenewedCamera

    public init(_ renewed: RenewedCamera) {
        self.renewed = renewed
    }

    private enum Key: String, CodingKey { case camera, name, currentExpiry, daysLost, lossFreeFrom, best }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(renewed.camera.rawValue, forKey: .camera)
        try container.encode(renewed.name, forKey: .name)
        try container.encode(renewed.renewal.currentExpiry, forKey: .currentExpiry)
        try container.encode(renewed.renewal.daysLost, forKey: .daysLost)
        try container.encode(renewed.renewal.lossFreeFrom, forKey: .lossFreeFrom)
        try container.encode(renewed.renewal.bestWindow, forKey: .best)
    }
}
