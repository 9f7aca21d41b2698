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

/// A contract user: `{"email", "name", "partner", "timeZone", "created",
/// "emailConfirmed": null | {"method", "at"}, "termsAccepted": null | {"version", "at"},
/// "handedOver", "lastLogin"}`.
package struct CustomerView: Encodable, Sendable {
    struct Confirmation: Encodable, Sendable {
        let method: String
        let at: String
    }

    struct Terms: Encodable, Sendable {
        let version: String
        let at: String
    }

    let email: String
    let name: String
    let partner: String
    let timeZone: String
    let created: String
    let emailConfirmed: Confirmation?
    let termsAccepted: Terms?
    let handedOver: String?
    let lastLogin: String?

    package init(_ customer: Customer, partner: String) {
        email = customer.email.description
        name = customer.name
        self.partner = partner
        timeZone = customer.timeZone
        created = customer.created.formattedForPeople()
        emailConfirmed = customer.emailConfirmation.map {
            Confirmation(method: $0.method.rawValue, at: $0.at.formattedForPeople())
        }
        termsAccepted = customer.termsAccepted.map { Terms(version: $0.version, at: $0.at.formattedForPeople()) }
        handedOver = customer.handedOver?.formattedForPeople()
        lastLogin = customer.lastLogin?.formattedForPeople()
    }

    private enum CodingKeys: String, CodingKey {
        case email, name, partner, timeZone, created, emailConfirmed, termsAccepted, handedOver, lastLogin
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(email, forKey: .email)
        try container.encode(name, forKey: .name)
        try container.encode(partner, forKey: .partner)
        try container.encode(timeZone, forKey: .timeZone)
        try container.encode(created, forKey: .created)
        try container.encode(emailConfirmed, forKey: .emailConfirmed)
        try container.encode(termsAccepted, forKey: .termsAccepted)
        try container.encode(handedOver, forKey: .handedOver)
        try container.encode(lastLogin, forKey: .lastLogin)
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
    let assigned: CalendarDate?
    let freeUntil: CalendarDate?
    let expires: CalendarDate?
    let camera: Int64?

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

    private enum CodingKeys: String, CodingKey {
        case id, part, connection, type, source, assigned, freeUntil, expires, camera
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(part, forKey: .part)
        try container.encode(connection, forKey: .connection)
        try container.encode(type, forKey: .type)
        try container.encode(source, forKey: .source)
        try container.encode(assigned, forKey: .assigned)
        try container.encode(freeUntil, forKey: .freeUntil)
        try container.encode(expires, forKey: .expires)
        try container.encode(camera, forKey: .camera)
    }
}

/// A camera: `{"id", "name", "connection", "site", "recorder", "added", "failed"}`.
package struct CameraView: Encodable, Sendable {
    let id: Int64
    let name: String
    let connection: String
    let site: String
    let recorder: Int64?
    let added: CalendarDate
    let failed: CalendarDate?

    package init(_ camera: Camera, site: String) {
        id = camera.id.rawValue
        name = camera.name
        connection = camera.connection.rawValue
        self.site = site
        recorder = camera.recorderID?.rawValue
        added = camera.addedOn
        failed = camera.failedOn
    }

    private enum CodingKeys: String, CodingKey { case id, name, connection, site, recorder, added, failed }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(connection, forKey: .connection)
        try container.encode(site, forKey: .site)
        try container.encode(recorder, forKey: .recorder)
        try container.encode(added, forKey: .added)
        try container.encode(failed, forKey: .failed)
    }
}

/// An audit entry: `{"id", "at", "day", "actor": {"kind", "name"}, "onBehalfOf",
/// "action", "subject", "before", "after"}`.
package struct AuditView: Encodable, Sendable {
    let id: Int64
    let at: String
    let day: CalendarDate
    let actor: AuditActor
    let onBehalfOf: String?
    let action: String
    let subject: String
    let before: [String: String]?
    let after: [String: String]?

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

    private enum CodingKeys: String, CodingKey { case id, at, day, actor, onBehalfOf, action, subject, before, after }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(at, forKey: .at)
        try container.encode(day, forKey: .day)
        try container.encode(actor, forKey: .actor)
        try container.encode(onBehalfOf, forKey: .onBehalfOf)
        try container.encode(action, forKey: .action)
        try container.encode(subject, forKey: .subject)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
    }
}
