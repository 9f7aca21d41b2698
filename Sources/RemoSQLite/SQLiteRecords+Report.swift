import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: ReportReader {
    /// Six queries, one per table, whatever the number of cameras.
    func reportSnapshot(of customer: Customer.ID) throws -> ReportSnapshot {
        let cards = try Row.fetchAll(
            db,
            sql:
                "SELECT c.id, c.activationId FROM card c JOIN cardRegistration r ON r.cardId = c.id WHERE r.customerId = ?",
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

    /// Registration (issue 6) records how, when and by whom a recorder was
    /// registered: this is the one place that reads it for the report. Until
    /// then, a recorder's registration is the day it was added.
    func recorderRegistrations(of customer: Customer.ID) throws -> [Recorder.ID: RecorderRegistration] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, addedOn FROM recorder WHERE customerId = ?", arguments: [customer.rawValue])
        var registrations: [Recorder.ID: RecorderRegistration] = [:]
        for row in rows {
            guard let added: CalendarDate = row["addedOn"] else {
                throw RecordError.malformed(RecorderRecord.databaseTableName)
            }
            registrations[Recorder.ID(row["id"])] = RecorderRegistration(registeredOn: added)
        }
        return registrations
    }
}
