import Foundation
import RemoCore

/// The report as the JSON document of docs/cli.md (an example in
/// docs/report.md): `{"today", "accounts": [{"customer", "customerName",
/// "partner", "partnerName", "sites", "counts", "recorders", "directCameras"}]}`.
/// Keys and codes are never translated; every documented key is always
/// present, `null` when it has no value.
struct ReportJSON: Encodable {
    let report: ProvisioningReport

    init(_ report: ProvisioningReport) {
        self.report = report
    }

    func bytes() throws -> [UInt8] {
        try JSONDocument.bytes(self)
    }

    private enum Key: String, CodingKey {
        case today, accounts, customer, customerName, partner, partnerName, sites, counts, recorders, directCameras
        case cameras, licenses, serial, model, deviceId, site, registered, registeredBy, method
        case id, name, connection, added, failed, license, status, daysLeft
        case part, type, card, assigned, freeUntil, expires, recorder
    }

    func encode(to encoder: any Encoder) throws {
        var root = encoder.container(keyedBy: Key.self)
        try root.encode(report.today, forKey: .today)
        var accounts = root.nestedUnkeyedContainer(forKey: .accounts)
        for account in report.accounts {
            var object = accounts.nestedContainer(keyedBy: Key.self)
            try object.encode(account.customer.description, forKey: .customer)
            try object.encode(account.customerName, forKey: .customerName)
            try object.encode(account.partner.rawValue, forKey: .partner)
            try object.encode(account.partnerName, forKey: .partnerName)
            try object.encode(account.sites.map(\.name), forKey: .sites)
            var counts = object.nestedContainer(keyedBy: ConnectionKey.self, forKey: .counts)
            for count in account.counts {
                var figures = counts.nestedContainer(keyedBy: Key.self, forKey: ConnectionKey(count.connection))
                try figures.encode(count.cameras, forKey: .cameras)
                try figures.encode(count.licenses, forKey: .licenses)
            }
            var recorders = object.nestedUnkeyedContainer(forKey: .recorders)
            for site in account.sites {
                for recorder in site.recorders {
                    var item = recorders.nestedContainer(keyedBy: Key.self)
                    try item.encode(recorder.serial, forKey: .serial)
                    try item.encode(recorder.model, forKey: .model)
                    try item.encode(recorder.deviceID, forKey: .deviceId)
                    try item.encode(site.name, forKey: .site)
                    try item.encode(recorder.registration.registeredOn, forKey: .registered)
                    try item.encode(recorder.registration.registeredBy, forKey: .registeredBy)
                    try item.encode(recorder.registration.method?.rawValue, forKey: .method)
                    var cameras = item.nestedUnkeyedContainer(forKey: .cameras)
                    for camera in recorder.cameras { try Self.encode(camera, into: &cameras) }
                }
            }
            var direct = object.nestedUnkeyedContainer(forKey: .directCameras)
            for site in account.sites {
                for camera in site.cameras { try Self.encode(camera, into: &direct) }
            }
        }
    }

    /// A camera object of the report; with `account`, also its `customer` and
    /// `recorder` (the expiring list, whose cameras come from several accounts).
    static func encode(
        _ camera: ProvisioningReport.Camera, account: EmailAddress? = nil, into list: inout any UnkeyedEncodingContainer
    ) throws {
        var object = list.nestedContainer(keyedBy: Key.self)
        if let account {
            try object.encode(account.description, forKey: .customer)
            try object.encode(camera.recorder, forKey: .recorder)
        }
        try object.encode(camera.id.rawValue, forKey: .id)
        try object.encode(camera.name, forKey: .name)
        try object.encode(camera.site, forKey: .site)
        try object.encode(camera.connection.rawValue, forKey: .connection)
        try object.encode(camera.added, forKey: .added)
        try object.encode(camera.failed, forKey: .failed)
        try object.encode(camera.status.rawValue, forKey: .status)
        try object.encode(camera.daysLeft, forKey: .daysLeft)
        guard let license = camera.license else {
            try object.encodeNil(forKey: .license)
            return
        }
        var item = object.nestedContainer(keyedBy: Key.self, forKey: .license)
        try item.encode(license.id.rawValue, forKey: .id)
        try item.encode(license.product.part, forKey: .part)
        try item.encode(license.product.term.code, forKey: .type)
        try item.encode(license.card?.description, forKey: .card)
        try item.encode(license.assigned, forKey: .assigned)
        try item.encode(license.freeUntil, forKey: .freeUntil)
        try item.encode(license.expires, forKey: .expires)
    }

    /// A connection type's code as a key (`edge-storage`, `camera-direct`).
    private struct ConnectionKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ connection: Connection) { stringValue = connection.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { return nil }
    }
}
