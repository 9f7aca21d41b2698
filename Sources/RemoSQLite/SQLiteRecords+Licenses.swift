import Foundation
import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: LicenseWriter {
    func stock(of partner: Partner.ID) throws -> [StockLine] {
        let rows = try Row.fetchAll(
            db.cachedStatement(sql: """
                SELECT s.part, SUM(s.count) AS bought,
                       (SELECT COUNT(*) FROM license l JOIN stockLot t ON t.id = l.stockLotId
                        JOIN assignment a ON a.licenseId = l.id
                        WHERE t.partnerId = s.partnerId AND l.part = s.part) AS assigned
                FROM stockLot s WHERE s.partnerId = ? GROUP BY s.part
                """), arguments: [partner.rawValue])
        let lines = try rows.map { row in
            StockLine(product: try Product.stored(row["part"]), bought: row["bought"], assigned: row["assigned"])
        }
        let order = Dictionary(uniqueKeysWithValues: Product.catalogue.enumerated().map { ($1.part, $0) })
        return lines.sorted { (order[$0.product.part] ?? 0) < (order[$1.product.part] ?? 0) }
    }

    func stockLots(of partner: Partner.ID) throws -> [StockLot] {
        try StockLotRecord.filter(Column("partnerId") == partner.rawValue).order(Column("id")).fetchAll(db)
            .map { try $0.entity() }
    }

    func stockLicenses(of partner: Partner.ID, part: String, limit: Int) throws -> [License.ID] {
        try Int64.fetchAll(
            db.cachedStatement(sql: """
                SELECT l.id FROM stockLot s JOIN license l ON l.stockLotId = s.id AND l.part = s.part
                WHERE s.partnerId = ? AND s.part = ?
                  AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.licenseId = l.id)
                ORDER BY s.id, l.id LIMIT ?
                """), arguments: [partner.rawValue, part, limit]
        ).map { License.ID($0) }
    }

    func license(id: License.ID) throws -> License? {
        try Row.fetchOne(db.cachedStatement(sql: LicenseRecord.selection + " WHERE l.id = ?"), arguments: [id.rawValue])
            .map(LicenseRecord.model)
    }

    func licenses(of customer: Customer.ID) throws -> [License] {
        try Row.fetchAll(db.cachedStatement(sql: LicenseRecord.selection + " WHERE a.customerId = ? ORDER BY l.id"),
            arguments: [customer.rawValue])
            .map(LicenseRecord.model)
    }

    func bindings(of customer: Customer.ID) throws -> [Binding] {
        try BindingRecord.fetchAll(
            db.cachedStatement(sql: """
                SELECT b.* FROM binding b JOIN assignment a ON a.licenseId = b.licenseId
                WHERE a.customerId = ? ORDER BY b.id
                """), arguments: [customer.rawValue]
        ).map { try $0.entity() }
    }

    func currentBinding(of license: License.ID) throws -> Binding? {
        try BindingRecord.fetchOne(
            db.cachedStatement(sql: "SELECT * FROM binding WHERE licenseId = ? AND unboundOn IS NULL"),
                arguments: [license.rawValue]
        )?.entity()
    }

    func bindings(ofCamera camera: Camera.ID) throws -> [Binding] {
        try BindingRecord.filter(Column("cameraId") == camera.rawValue).order(Column("id")).fetchAll(db)
            .map { try $0.entity() }
    }

    func typeChangedBindings(of customer: Customer.ID) throws -> Set<Binding.ID> {
        let ids = try Int64.fetchAll(
            db.cachedStatement(sql: """
                SELECT t.undoneBindingId FROM typeChange t JOIN binding b ON b.id = t.undoneBindingId
                JOIN assignment a ON a.licenseId = b.licenseId WHERE a.customerId = ?
                """), arguments: [customer.rawValue])
        return Set(ids.map { RecordID<Binding>(rawValue: $0) })
    }

    func insertTypeChange(undone: Binding.ID, replacement: Binding.ID, on day: CalendarDate, at: Date) throws {
        try db.cachedStatement(sql: "INSERT INTO typeChange (undoneBindingId, bindingId, day, at) VALUES (?, ?, ?, ?)")
            .execute(arguments: [undone.rawValue, replacement.rawValue, day, at])
    }

    func insertStockLot(
        partner: Partner.ID, product: Product, count: Int, order: String?, addedOn: CalendarDate, added: Date
    ) throws -> StockLot {
        var record = StockLotRecord(
            id: nil, partnerId: partner.rawValue, part: product.part, count: count, orderRef: order, addedOn: addedOn,
            added: added)
        try record.insert(db)
        let lot = db.lastInsertedRowID
        record.id = lot
        // One statement for every license: the rows come from a recursive CTE
        // inside SQLite (no statement per license; the count is bounded by the
        // use case, LedgerSettings.maximumLicensesPerChange).
        try db.cachedStatement(sql: """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
                INSERT INTO license (part, stockLotId) SELECT ?, ? FROM n
                """).execute(arguments: [count, product.part, lot])
        return try record.entity()
    }

    func assign(_ licenses: [License.ID], to customer: Customer.ID, on day: CalendarDate, dates: TermDates?, at: Date)
        throws
    {
        let statement = try db.cachedStatement(
            sql: "INSERT INTO assignment (licenseId, customerId, assignedOn, freeUntil, expires, at) VALUES (?, ?, ?, ?, ?, ?)"
        )
        for license in licenses {
            try statement.execute(arguments: [license.rawValue, customer.rawValue, day, dates?.freeUntil, dates?.expires, at])
        }
    }

    func insertBinding(license: License.ID, camera: Camera.ID, on day: CalendarDate, method: Binding.Method, at: Date)
        throws -> Binding
    {
        var record = BindingRecord(
            id: nil, licenseId: license.rawValue, cameraId: camera.rawValue, boundOn: day, unboundOn: nil,
            method: method.rawValue, at: at)
        try record.insert(db)
        record.id = db.lastInsertedRowID
        return try record.entity()
    }

    func endBinding(_ binding: Binding.ID, unboundOn day: CalendarDate) throws {
        try db.cachedStatement(sql: "UPDATE binding SET unboundOn = ? WHERE id = ?")
            .execute(arguments: [day, binding.rawValue])
    }
}
