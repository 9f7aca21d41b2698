import Foundation
import GRDB
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// The manifest's rules hold even when a use case's checks are bypassed, or SQL
/// is typed at the database.
struct LabelStoreRulesTests {
    func labeled() async throws -> (LabelFixture, ManifestEntry) {
        let fixture = try LabelFixture(.sqlite, onDisk: true)
        try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(2))))
        let entry = try await require(try fixture.manifest(["AB0001"])[try SerialNumber("AB0001")]?.first)
        return (fixture, entry)
    }

    /// Adds a batch with one entry of `entry`'s unit at `generation`, revoking nothing.
    func add(_ entry: ManifestEntry, generation: Int, to fixture: LabelFixture) async throws {
        try await fixture.harness.store.write { records in
            let batch = try records.insertLabelBatch(
                madeOn: CalendarDate("2025-03-11")!, at: Harness.epoch, source: "x.csv", layout: "a4", keyID: entry.keyID)
            _ = try records.insertManifestEntries(
                [NewManifestEntry(unit: entry.unit, generation: generation, claimHash: entry.claimHash, line: 2)], batch: batch)
        }
    }

    @Test(arguments: [1, 2, 3])
    func aUnitHasOneCurrentLabelAndGenerationsFollowOneAnother(generation: Int) async throws {
        let (fixture, entry) = try await labeled()
        defer { fixture.remove() }
        // Generation 1 again, a second current label, a skipped generation.
        await #expect(throws: LedgerStoreError.refused(.unitLabeledOnce)) { try await add(entry, generation: generation, to: fixture) }
        #expect(try await fixture.manifest(["AB0001"])[entry.unit.serial]?.count == 1)
    }

    @Test func aLabelIsRevokedOnce() async throws {
        let (fixture, entry) = try await labeled()
        defer { fixture.remove() }
        let revoke = { (day: String) in
            try await fixture.harness.store.write { records in
                let batch = try records.insertLabelBatch(
                    madeOn: CalendarDate(day)!, at: Harness.epoch, source: "x.csv", layout: "a4", keyID: entry.keyID)
                try records.revokeManifestEntries([entry.id], by: batch.id, on: CalendarDate(day)!, at: Harness.epoch)
            }
        }
        try await revoke("2025-03-11")
        await #expect(throws: LedgerStoreError.refused(.manifestFixed)) { try await revoke("2025-03-12") }
        #expect(try await fixture.manifest(["AB0001"])[entry.unit.serial]?.first?.revocation?.on == CalendarDate("2025-03-11"))
        // Revoked, the unit may have its next generation.
        try await add(entry, generation: 2, to: fixture)
    }

    @Test(arguments: [
        ("UPDATE labelEntry SET claimHash = 'sha256:' || substr(claimHash, 8, 63) || '0'", "remo:manifest-fixed"),
        ("UPDATE labelEntry SET model = 'WJ-OTHER'", "remo:manifest-fixed"),
        ("UPDATE labelEntry SET written = NULL", "remo:manifest-fixed"),
        ("UPDATE labelEntry SET generation = 5", "remo:manifest-fixed"), ("DELETE FROM labelEntry", "remo:manifest-fixed"),
        ("UPDATE labelBatch SET keyId = '0000000000000000'", "remo:append-only"), ("DELETE FROM labelBatch", "remo:append-only"),
    ])
    func theManifestCannotBeChangedOrDeletedEvenInSQL(sql: String, rule: String) async throws {
        let (fixture, _) = try await labeled()
        defer { fixture.remove() }
        let queue = try DatabaseQueue(path: fixture.databasePath)
        #expect {
            try queue.write { db in try db.execute(sql: sql) }
        } throws: { error in
            (error as? DatabaseError)?.message == rule
        }
    }
}
