import Foundation
import RemoCore
package import RemoLedger

// The ledger's values as the JSON documents commands print. Keys are part of
// the command-line contract (docs/cli.md): camelCase, never translated.

/// A partner: `{"code", "name", "email", "created"}`.
package struct PartnerView: Encodable, Sendable {
    let code: String
    let name: String
    let email: String
    let created: String

    package init(_ partner: Partner) {
        code = partner.code.rawValue
        name = partner.name
        email = partner.email.description
        created = partner.created.formattedForPeople()
    }
}

/// A license: `{"id", "part", "connection", "type", "source", "assigned",
/// "freeUntil", "expires", "camera"}` (`type` is `1y`, `5y` or `perpetual`;
/// dates null where they do not apply; `camera` the bound camera's ID or null).
package struct LicenseView: Encodable, Sendable {
    let id: Int64
    let part: String
    let connection: String
    let type: String
    let source: String
    @Nullable var assigned: CalendarDate?
    @Nullable var freeUntil: CalendarDate?
    @Nullable var expires: CalendarDate?
    @Nullable var camera: Int64?

    package init(_ holding: LicenseHolding) {
        let license = holding.license
        id = license.id.rawValue
        part = license.product.part
        connection = license.product.connection.rawValue
        type = license.product.term.code
        switch license.source {
        case .stock: source = "stock"
        case .card: source = "card"
        }
        assigned = license.assignment?.assignedOn
        freeUntil = license.assignment?.dates?.freeUntil
        expires = license.assignment?.dates?.expires
        camera = holding.current?.cameraID.rawValue
    }

}

/// A camera: `{"id", "name", "connection", "site", "recorder", "added", "failed"}`.
package struct CameraView: Encodable, Sendable {
    let id: Int64
    let name: String
    let connection: String
    let site: String
    @Nullable var recorder: Int64?
    let added: CalendarDate
    @Nullable var failed: CalendarDate?
    /// The license bound when the camera was added (`camera add`); nil elsewhere.
    @Nullable var license: Int64?

    package init(_ camera: Camera, site: String, license: License.ID? = nil) {
        id = camera.id.rawValue
        name = camera.name
        connection = camera.connection.rawValue
        self.site = site
        recorder = camera.recorderID?.rawValue
        added = camera.addedOn
        failed = camera.failedOn
        self.license = license?.rawValue
    }

}

/// An audit entry: `{"id", "at", "day", "actor": {"kind", "name"}, "onBehalfOf",
/// "action", "subject", "before", "after"}`.
package struct AuditView: Encodable, Sendable {
    let id: Int64
    let at: String
    let day: CalendarDate
    let actor: AuditActor
    @Nullable var onBehalfOf: String?
    let action: String
    let subject: String
    @Nullable var before: [String: String]?
    @Nullable var after: [String: String]?

    package init(_ entry: AuditEntry) {
        id = entry.id.rawValue
        at = entry.at.formattedForPeople()
        day = entry.on
        actor = entry.actor
        onBehalfOf = entry.onBehalfOf?.description
        action = entry.action.rawValue
        subject = entry.subject
        before = entry.before
        after = entry.after
    }

}

/// An optional JSON value that is written as `null` when absent (synthesized
/// `Encodable` would leave the key out): the documents keep every key.
@propertyWrapper
package struct Nullable<Value: Encodable & Sendable>: Encodable, Sendable {
    package var wrappedValue: Value?

    package init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
