import Foundation
import RemoCore
import RemoLedger

extension PostgresRecords: RegistrationWriter {
    func recorder(serial: SerialNumber) throws -> Recorder? {
        try row("SELECT \(Self.recorderColumns) FROM recorder WHERE serial = ?", [serial.rawValue]).map(Self.recorder)
    }

    func recordersWithoutLabel(serials: [SerialNumber]) throws -> [SerialNumber: Recorder] {
        let wanted = Array(Set(serials.map(\.rawValue)))
        guard !wanted.isEmpty else { return [:] }
        var found: [SerialNumber: Recorder] = [:]
        for row in try rows(
            """
            SELECT \(Self.recorderColumns) FROM recorder r WHERE r.serial = ANY(?)
              AND NOT EXISTS (SELECT 1 FROM labelEntry e WHERE e.serial = r.serial)
            """, [TextArray(wanted)])
        {
            let recorder = try Self.recorder(row)
            if let serial = SerialNumber(rawValue: recorder.serial) { found[serial] = recorder }
        }
        return found
    }

    /// Two queries (perpetual, then term), as on SQLite: ``LicensePool``'s
    /// order. Each walks the `bindable_order` index of the account's bindable
    /// licenses of the connection (migration pg-2), so it stops at its `LIMIT`
    /// however many of the account's licenses are bound; each row it finds is
    /// checked against the rule itself (``PostgresSchema/bindableRule``).
    func bindableLicenses(of customer: Customer.ID, for connection: Connection, on day: CalendarDate, limit: Int) throws
        -> [License]
    {
        guard limit > 0 else { return [] }
        let perpetual = try rows(
            Self.bindableSelection + """
                WHERE x.customerId = ? AND x.connection = ? AND x.expires IS NULL AND \(PostgresSchema.bindableRule)
                ORDER BY x.assignedOn, x.expires, x.licenseId
                LIMIT ?
                """, [customer.rawValue, connection.rawValue, limit]
        ).map(Self.license)
        guard perpetual.count < limit else { return perpetual }
        let term = try rows(
            Self.bindableSelection + """
                WHERE x.customerId = ? AND x.connection = ? AND x.expires >= ? AND \(PostgresSchema.bindableRule)
                ORDER BY x.assignedOn, x.expires, x.licenseId
                LIMIT ?
                """, [customer.rawValue, connection.rawValue, day, limit - perpetual.count]
        ).map(Self.license)
        return perpetual + term
    }

    /// ``licenseSelection``'s columns, from the bindable licenses `x`.
    static let bindableSelection = """
        SELECT l.id, l.part, l.stockLotId, l.cardId, s.partnerId,
               a.customerId, a.assignedOn, a.freeUntil, a.expires, a.at
        FROM bindable x
        JOIN license l ON l.id = x.licenseId
        JOIN assignment a ON a.licenseId = x.licenseId
        LEFT JOIN stockLot s ON s.id = l.stockLotId

        """

    func insertRegistration(
        recorder: Recorder.ID, method: RecorderRegistration.Method, by actor: String, on day: CalendarDate, at: Date
    ) throws {
        try execute(
            "INSERT INTO registration (recorderId, method, actor, registeredOn, at) VALUES (?, ?, ?, ?, ?)",
            [recorder.rawValue, method.rawValue, actor, day, at])
    }
}

extension PostgresRecords: ReportReader {
    /// Six queries, one per table, whatever the number of cameras.
    func reportSnapshot(of customer: Customer.ID) throws -> ReportSnapshot {
        var activationIDs: [Card.ID: ActivationID] = [:]
        for row in try rows(
            "SELECT c.id, c.activationId FROM card c JOIN cardRegistration r ON r.cardId = c.id WHERE r.customerId = ?",
            [customer.rawValue])
        {
            guard let activation = try? ActivationID(try row.value("activationId", as: String.self)) else {
                throw RecordError.malformed("card")
            }
            activationIDs[Card.ID(try row.id("id"))] = activation
        }
        return ReportSnapshot(
            sites: try sites(of: customer), recorders: try recorders(of: customer), cameras: try cameras(of: customer),
            licenses: try licenses(of: customer), bindings: try bindings(of: customer), cards: activationIDs)
    }

    func recorderRegistrations(of customer: Customer.ID) throws -> [Recorder.ID: RecorderRegistration] {
        var registrations: [Recorder.ID: RecorderRegistration] = [:]
        for row in try rows(
            """
            SELECT r.id, r.addedOn, g.registeredOn, g.actor, g.method
            FROM recorder r LEFT JOIN registration g ON g.recorderId = r.id
            WHERE r.customerId = ?
            """, [customer.rawValue])
        {
            let method = (try row.value("method", as: String?.self)).flatMap(RecorderRegistration.Method.init(rawValue:))
            registrations[Recorder.ID(try row.id("id"))] = RecorderRegistration(
                registeredOn: try row.dayIfAny("registeredOn") ?? row.day("addedOn"), registeredBy: try row.value("actor"),
                method: method)
        }
        return registrations
    }
}
