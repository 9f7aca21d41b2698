import Foundation
import GRDB
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// The schema refuses illegal states even when a use case's checks are bypassed.
struct StoreRulesTests {
    /// A harness with a customer holding two edge-storage licenses, an
    /// edge-storage camera and a camera-direct camera.
    func setUp(_ store: StoreKind) async throws -> (Harness, Customer, [License.ID], edge: Camera, direct: Camera) {
        let harness = try Harness(store)
        try await harness.partner()
        let customer = try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 3)
        let licenses = try await harness.assign("DG-JLE101W", 2, to: "taro@example.jp").licenses
        let edge = try await harness.unlicensedCamera("edge", of: customer.email.description, site: "A", connection: .edgeStorage)
        let direct = try await harness.unlicensedCamera("direct", of: customer.email.description, site: "A", connection: .cameraDirect)
        return (harness, customer, licenses, edge, direct)
    }

    @Test(arguments: StoreKind.cases) func aLicenseIsAssignedOnce(_ store: StoreKind) async throws {
        let (harness, customer, licenses, _, _) = try await setUp(store)
        await #expect(throws: LedgerStoreError.refused(.licenseAssignedOnce)) {
            try await harness.store.write { records in
                try records.assign([licenses[0]], to: customer.id, on: CalendarDate("2025-04-01")!, dates: nil, at: Harness.epoch)
            }
        }
    }

    @Test(arguments: StoreKind.cases) func aPartnersStockGoesOnlyToItsOwnCustomers(_ store: StoreKind) async throws {
        let (harness, _, _, _, _) = try await setUp(store)
        try await harness.partner("P002")
        let other = try await harness.customer("hanako@example.jp", of: "P002")
        await #expect(throws: LedgerStoreError.refused(.assignmentToOwnCustomer)) {
            try await harness.store.write { records in
                let partner = try records.requirePartner(Harness.code("P001"))
                let free = try records.stockLicenses(of: partner.id, part: "DG-JLE101W", limit: 1)
                try records.assign(free, to: other.id, on: CalendarDate("2025-04-01")!, dates: nil, at: Harness.epoch)
            }
        }
    }

    @Test(arguments: StoreKind.cases) func aLicenseIsBoundToOneCameraAtATime(_ store: StoreKind) async throws {
        let (harness, customer, licenses, edge, _) = try await setUp(store)
        let second = try await harness.unlicensedCamera("edge 2", of: customer.email.description, site: "A", connection: .edgeStorage)
        let day = CalendarDate("2025-03-10")!
        let binding = try await harness.store.write { records in
            try records.insertBinding(license: licenses[0], camera: edge.id, on: day, method: .manual, at: Harness.epoch)
        }
        await #expect(throws: LedgerStoreError.refused(.licenseBoundOnce)) {
            try await harness.store.write { records in
                try records.insertBinding(license: licenses[0], camera: second.id, on: day, method: .manual, at: Harness.epoch)
            }
        }
        try await harness.store.write { records in
            try records.endBinding(binding.id, unboundOn: day.adding(days: 3))
            _ = try records.insertBinding(
                license: licenses[0], camera: second.id, on: day.adding(days: 3), method: .move, at: Harness.epoch)
        }
        await #expect(throws: LedgerStoreError.refused(.bindingEndsOnce)) {
            try await harness.store.write { records in try records.endBinding(binding.id, unboundOn: day.adding(days: 9)) }
        }
    }

    @Test(arguments: StoreKind.cases) func aLicenseBindsOnlyInItsAccountAndToItsConnectionType(_ store: StoreKind) async throws {
        let (harness, _, licenses, _, direct) = try await setUp(store)
        await #expect(throws: LedgerStoreError.refused(.bindingConnection)) {
            try await harness.store.write { records in
                try records.insertBinding(
                    license: licenses[0], camera: direct.id, on: CalendarDate("2025-03-10")!, method: .manual, at: Harness.epoch)
            }
        }
        let other = try await harness.customer("jiro@example.jp")
        let foreign = try await harness.unlicensedCamera("other", of: other.email.description, site: "B", connection: .edgeStorage)
        await #expect(throws: LedgerStoreError.refused(.bindingInAccount)) {
            try await harness.store.write { records in
                try records.insertBinding(
                    license: licenses[0], camera: foreign.id, on: CalendarDate("2025-03-10")!, method: .manual, at: Harness.epoch)
            }
        }
    }

    @Test(arguments: StoreKind.cases) func aHandOverAndAFailureDayCannotBeUndone(_ store: StoreKind) async throws {
        let (harness, customer, _, edge, _) = try await setUp(store)
        let handedOver = try await harness.ledger.handOver(customer.email, by: Harness.acting())
        var undone = handedOver
        undone.handedOver = nil
        await #expect(throws: LedgerStoreError.refused(.customerFixed)) {
            try await harness.store.write { [undone] records in try records.updateCustomer(undone) }
        }
        try await harness.store.write { records in try records.markFailed(edge.id, on: CalendarDate("2025-05-01")!) }
        await #expect(throws: LedgerStoreError.refused(.cameraFixed)) {
            try await harness.store.write { records in try records.markFailed(edge.id, on: CalendarDate("2025-06-01")!) }
        }
    }

    @Test(arguments: [
        "UPDATE audit SET actor = 'someone'", "DELETE FROM audit", "DELETE FROM assignment",
        "UPDATE assignment SET expires = '2099-12-31'", "UPDATE license SET part = 'DG-JLE105W'", "DELETE FROM license",
        "UPDATE stockLot SET count = 100", "DELETE FROM stockLot", "DELETE FROM binding", "DELETE FROM camera",
        "DELETE FROM customer", "DELETE FROM partner",
    ])
    func appendOnlyRecordsCannotBeChangedOrDeletedEvenInSQL(sql: String) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("ledger.sqlite")
        let harness = Harness(store: try SQLiteLedgerStore(path: path, opening: .new(.simulation)))
        try await harness.partner()
        let customer = try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 2)
        let licenses = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp").licenses
        let camera = try await harness.unlicensedCamera("c", of: customer.email.description, site: "A", connection: .edgeStorage)
        try await harness.store.write { records in
            _ = try records.insertBinding(
                license: licenses[0], camera: camera.id, on: CalendarDate("2025-03-10")!, method: .manual, at: Harness.epoch)
        }
        let queue = try DatabaseQueue(path: path)
        #expect {
            try queue.write { db in try db.execute(sql: sql) }
        } throws: { error in
            (error as? DatabaseError)?.message == "remo:append-only"
        }
    }
}
