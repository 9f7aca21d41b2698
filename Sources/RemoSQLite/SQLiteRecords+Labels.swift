import Foundation
import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: LabelWriter {
    func manifestEntry(serial: SerialNumber) throws -> ManifestEntry? {
        try Row.fetchOne(
            db.cachedStatement(sql: LabelRecords.entrySelection + " WHERE e.serial = ? AND e.revokedAt IS NULL"),
            arguments: [serial.rawValue]
        ).map(LabelRecords.entry)
    }

    func manifestEntries(serials: [SerialNumber]) throws -> [SerialNumber: [ManifestEntry]] {
        let statement = try db.cachedStatement(sql: LabelRecords.entrySelection + " WHERE e.serial = ? ORDER BY e.generation")
        var found: [SerialNumber: [ManifestEntry]] = [:]
        for serial in Set(serials) {
            let entries = try Row.fetchAll(statement, arguments: [serial.rawValue]).map(LabelRecords.entry)
            if !entries.isEmpty { found[serial] = entries }
        }
        return found
    }

    func manifestEntries(batch: LabelBatch.ID) throws -> [ManifestEntry] {
        try Row.fetchAll(db.cachedStatement(sql: LabelRecords.entrySelection + " WHERE e.batchId = ? ORDER BY e.line, e.id"),
            arguments: [batch.rawValue])
            .map(LabelRecords.entry)
    }

    func labelBatch(id: LabelBatch.ID) throws -> LabelBatch? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM labelBatch WHERE id = ?"),
            arguments: [id.rawValue]).map(LabelRecords.batch)
    }

    func labelKeyUse() throws -> [String: Int] {
        var use: [String: Int] = [:]
        for row in try Row.fetchAll(
            db.cachedStatement(sql: "SELECT b.keyId, COUNT(*) AS entries FROM labelEntry e JOIN labelBatch b ON b.id = e.batchId GROUP BY b.keyId"))
        {
            use[row["keyId"]] = row["entries"]
        }
        return use
    }

    func insertLabelBatch(madeOn: CalendarDate, at: Date, source: String, layout: String, keyID: String) throws -> LabelBatch {
        try db.cachedStatement(sql: "INSERT INTO labelBatch (madeOn, at, source, layout, keyId) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [madeOn, at, source, layout, keyID])
        return LabelBatch(
            id: LabelBatch.ID(db.lastInsertedRowID), madeOn: madeOn, at: at, source: source, layout: layout, keyID: keyID)
    }

    func insertManifestEntries(_ entries: [NewManifestEntry], batch: LabelBatch) throws -> [ManifestEntry] {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO labelEntry (batchId, serial, model, deviceId, produced, generation, claimHash, line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        return try entries.map { entry in
            try statement.execute(arguments: [
                batch.id.rawValue, entry.unit.serial.rawValue, entry.unit.model.rawValue, entry.unit.deviceID.rawValue,
                entry.unit.produced.description, entry.generation, entry.claimHash.description, entry.line,
            ])
            return ManifestEntry(
                id: ManifestEntry.ID(db.lastInsertedRowID), batchID: batch.id, keyID: batch.keyID, unit: entry.unit,
                generation: entry.generation, claimHash: entry.claimHash, line: entry.line, revocation: nil, written: nil)
        }
    }

    func revokeManifestEntries(_ entries: [ManifestEntry.ID], by batch: LabelBatch.ID, on day: CalendarDate, at: Date) throws {
        let statement = try db.cachedStatement(
            sql: "UPDATE labelEntry SET revokedBy = ?, revokedOn = ?, revokedAt = ? WHERE id = ?")
        for entry in entries {
            try statement.execute(arguments: [batch.rawValue, day, at, entry.rawValue])
        }
    }

    func markLabelsWritten(_ entries: [ManifestEntry.ID], at: Date) throws {
        let statement = try db.cachedStatement(sql: "UPDATE labelEntry SET written = ? WHERE id = ? AND written IS NULL")
        for entry in entries {
            try statement.execute(arguments: [at, entry.rawValue])
        }
    }
}

/// Reading `labelBatch` and `labelEntry` rows.
enum LabelRecords {
    /// An entry with its batch's key.
    static let entrySelection = """
        SELECT e.*, b.keyId FROM labelEntry e JOIN labelBatch b ON b.id = e.batchId
        """

    static func entry(_ row: Row) throws -> ManifestEntry {
        guard let model = ModelNumber(rawValue: row["model"]), let serial = SerialNumber(rawValue: row["serial"]),
            let device = DeviceID(rawValue: row["deviceId"]),
            let produced = try? YearMonth(parsing: row["produced"] as String),
            let hash = ClaimCodeHash(row["claimHash"])
        else { throw RecordError.malformed("labelEntry") }
        var revocation: ManifestEntry.Revocation?
        if let batch: Int64 = row["revokedBy"], let day: CalendarDate = row["revokedOn"], let at: Date = row["revokedAt"] {
            revocation = ManifestEntry.Revocation(batchID: LabelBatch.ID(batch), on: day, at: at)
        }
        return ManifestEntry(
            id: ManifestEntry.ID(row["id"]), batchID: LabelBatch.ID(row["batchId"]), keyID: row["keyId"],
            unit: RecorderUnit(model: model, serial: serial, deviceID: device, produced: produced), generation: row["generation"],
            claimHash: hash, line: row["line"], revocation: revocation, written: row["written"])
    }

    static func batch(_ row: Row) throws -> LabelBatch {
        guard let day: CalendarDate = row["madeOn"] else { throw RecordError.malformed("labelBatch") }
        return LabelBatch(
            id: LabelBatch.ID(row["id"]), madeOn: day, at: row["at"], source: row["source"], layout: row["layout"],
            keyID: row["keyId"])
    }
}
