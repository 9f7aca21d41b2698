import Foundation
import RemoCore
import RemoLedger

extension PostgresRecords: LabelWriter {
    /// An entry with its batch's key.
    static let entrySelection = """
        SELECT e.id, e.batchId, e.serial, e.model, e.deviceId, e.produced, e.generation, e.claimHash, e.line,
               e.revokedBy, e.revokedOn, e.revokedAt, e.written, b.keyId
        FROM labelEntry e JOIN labelBatch b ON b.id = e.batchId
        """

    func manifestEntry(serial: SerialNumber) throws -> ManifestEntry? {
        try row(Self.entrySelection + " WHERE e.serial = ? AND e.revokedAt IS NULL", [serial.rawValue]).map(Self.entry)
    }

    func manifestEntries(serials: [SerialNumber]) throws -> [SerialNumber: [ManifestEntry]] {
        let wanted = Array(Set(serials.map(\.rawValue)))
        guard !wanted.isEmpty else { return [:] }
        var found: [SerialNumber: [ManifestEntry]] = [:]
        for row in try rows(Self.entrySelection + " WHERE e.serial = ANY(?) ORDER BY e.serial, e.generation", [TextArray(wanted)]) {
            let entry = try Self.entry(row)
            found[entry.unit.serial, default: []].append(entry)
        }
        return found
    }

    func manifestEntries(batch: LabelBatch.ID) throws -> [ManifestEntry] {
        try rows(Self.entrySelection + " WHERE e.batchId = ? ORDER BY e.line, e.id", [batch.rawValue]).map(Self.entry)
    }

    func labelBatch(id: LabelBatch.ID) throws -> LabelBatch? {
        try row("SELECT id, madeOn, at, source, layout, keyId FROM labelBatch WHERE id = ?", [id.rawValue]).map { row in
            LabelBatch(
                id: LabelBatch.ID(try row.id("id")), madeOn: try row.day("madeOn"), at: try row.value("at"),
                source: try row.value("source"), layout: try row.value("layout"), keyID: try row.value("keyId"))
        }
    }

    func labelKeyUse() throws -> [String: Int] {
        var use: [String: Int] = [:]
        for row in try rows(
            "SELECT b.keyId, COUNT(*) AS entries FROM labelEntry e JOIN labelBatch b ON b.id = e.batchId GROUP BY b.keyId")
        {
            use[try row.value("keyId")] = Int(try row.value("entries", as: Int64.self))
        }
        return use
    }

    func insertLabelBatch(madeOn: CalendarDate, at: Date, source: String, layout: String, keyID: String) throws -> LabelBatch {
        let id = try insert(
            "INSERT INTO labelBatch (madeOn, at, source, layout, keyId) VALUES (?, ?, ?, ?, ?)",
            [madeOn, at, source, layout, keyID])
        return LabelBatch(id: LabelBatch.ID(id), madeOn: madeOn, at: at, source: source, layout: layout, keyID: keyID)
    }

    func insertManifestEntries(_ entries: [NewManifestEntry], batch: LabelBatch) throws -> [ManifestEntry] {
        try entries.map { entry in
            let id = try insert(
                """
                INSERT INTO labelEntry (batchId, serial, model, deviceId, produced, generation, claimHash, line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    batch.id.rawValue, entry.unit.serial.rawValue, entry.unit.model.rawValue, entry.unit.deviceID.rawValue,
                    entry.unit.produced.description, entry.generation, entry.claimHash.description, entry.line,
                ])
            return ManifestEntry(
                id: ManifestEntry.ID(id), batchID: batch.id, keyID: batch.keyID, unit: entry.unit,
                generation: entry.generation, claimHash: entry.claimHash, line: entry.line, revocation: nil, written: nil)
        }
    }

    func revokeManifestEntries(_ entries: [ManifestEntry.ID], by batch: LabelBatch.ID, on day: CalendarDate, at: Date) throws {
        for entry in entries {
            try execute(
                "UPDATE labelEntry SET revokedBy = ?, revokedOn = ?, revokedAt = ? WHERE id = ?",
                [batch.rawValue, day, at, entry.rawValue])
        }
    }

    func markLabelsWritten(_ entries: [ManifestEntry.ID], at: Date) throws {
        for entry in entries {
            try execute("UPDATE labelEntry SET written = ? WHERE id = ? AND written IS NULL", [at, entry.rawValue])
        }
    }

    static func entry(_ row: SQLRow) throws -> ManifestEntry {
        guard let model = ModelNumber(rawValue: try row.value("model")),
            let serial = SerialNumber(rawValue: try row.value("serial")),
            let device = DeviceID(rawValue: try row.value("deviceId")),
            let produced = try? YearMonth(parsing: try row.value("produced", as: String.self)),
            let hash = ClaimCodeHash(try row.value("claimHash", as: String.self))
        else { throw RecordError.malformed("labelEntry") }
        var revocation: ManifestEntry.Revocation?
        if let batch: Int64 = try row.value("revokedBy"), let day = try row.dayIfAny("revokedOn"),
            let at: Date = try row.value("revokedAt")
        {
            revocation = ManifestEntry.Revocation(batchID: LabelBatch.ID(batch), on: day, at: at)
        }
        return ManifestEntry(
            id: ManifestEntry.ID(try row.id("id")), batchID: LabelBatch.ID(try row.id("batchId")),
            keyID: try row.value("keyId"), unit: RecorderUnit(model: model, serial: serial, deviceID: device, produced: produced),
            generation: try row.value("generation", as: Int.self), claimHash: hash, line: try row.value("line", as: Int.self),
            revocation: revocation, written: try row.value("written"))
    }
}
