import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: ReportReader {
    /// Six queries, one per table, whatever the number of cameras.
    func reportSnapshot(of customer: Customer.ID) throws -> ReportSnapshot {
        let cards = try Row.fetchAll(
            db.cachedStatement(sql:
                "SELECT c.id, c.activationId FROM card c JOIN cardRegistration r ON r.cardId = c.id WHERE r.customerId = ?"),
            arguments: [customer.rawValue])
        var activationIDs: [Card.ID: ActivationID] = [:]
        for row in cards {
            guard let activation = try? ActivationID(row["activationId"] as String) else {
                throw RecordError.malformed(CardRecord.databaseTableName)
            }
            activationIDs[Card.ID(row["id"])] = activation
        }
        return ReportSnapshot(
            sites: try sites(of: customer), recorders: try recorders(of: customer), cameras: try cameras(of: customer),
            licenses: try licenses(of: customer), bindings: try bindings(of: customer), cards: activationIDs)
    }

    /// How, when and by whom each recorder was registered (table
    /// `registration`, v3); a recorder added without registration (before v3,
    /// or by another way in) shows the day it was added, by an unknown actor and
    /// method.
    func recorderRegistrations(of customer: Customer.ID) throws -> [Recorder.ID: RecorderRegistration] {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT r.id, r.addedOn, g.registeredOn, g.actor, g.method
                FROM recorder r LEFT JOIN registration g ON g.recorderId = r.id
                WHERE r.customerId = ?
                """), arguments: [customer.rawValue])
        var registrations: [Recorder.ID: RecorderRegistration] = [:]
        for row in rows {
            guard let added: CalendarDate = row["addedOn"] else {
                throw RecordError.malformed(RecorderRecord.databaseTableName)
            }
            let method = (row["method"] as String?).flatMap(RecorderRegistration.Method.init(rawValue:))
            registrations[Recorder.ID(row["id"])] = RecorderRegistration(
                registeredOn: row["registeredOn"] ?? added, registeredBy: row["actor"], method: method)
        }
        return registrations
    }
}
