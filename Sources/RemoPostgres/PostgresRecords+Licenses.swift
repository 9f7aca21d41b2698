import Foundation
import RemoCore
import RemoLedger

extension PostgresRecords: LicenseWriter {
    /// The columns ``license(_:)`` reads: the license, its lot's partner, its assignment.
    static let licenseSelection = """
        SELECT l.id, l.part, l.stockLotId, l.cardId, s.partnerId,
               a.customerId, a.assignedOn, a.freeUntil, a.expires, a.at
        FROM license l
        LEFT JOIN stockLot s ON s.id = l.stockLotId
        LEFT JOIN assignment a ON a.licenseId = l.id
        """
    static let bindingColumns = "b.id, b.licenseId, b.cameraId, b.boundOn, b.unboundOn, b.method, b.at"

    func stock(of partner: Partner.ID) throws -> [StockLine] {
        let rows = try rows(
            """
            SELECT s.part, SUM(s.count)::bigint AS bought,
                   (SELECT COUNT(*) FROM license l JOIN stockLot t ON t.id = l.stockLotId
                    JOIN assignment a ON a.licenseId = l.id
                    WHERE t.partnerId = s.partnerId AND l.part = s.part) AS assigned
            FROM stockLot s WHERE s.partnerId = ? GROUP BY s.partnerId, s.part
            """, [partner.rawValue])
        let lines = try rows.map { row in
            StockLine(
                product: try Product.stored(try row.value("part")), bought: Int(try row.value("bought", as: Int64.self)),
                assigned: Int(try row.value("assigned", as: Int64.self)))
        }
        let order = Dictionary(uniqueKeysWithValues: Product.catalogue.enumerated().map { ($1.part, $0) })
        return lines.sorted { (order[$0.product.part] ?? 0) < (order[$1.product.part] ?? 0) }
    }

    func stockLots(of partner: Partner.ID) throws -> [StockLot] {
        try rows(
            "SELECT id, partnerId, part, count, orderRef, addedOn, added FROM stockLot WHERE partnerId = ? ORDER BY id",
            [partner.rawValue]
        ).map { row in
            StockLot(
                id: StockLot.ID(try row.id("id")), partnerID: Partner.ID(try row.id("partnerId")),
                product: try Product.stored(try row.value("part")), count: Int(try row.value("count", as: Int32.self)),
                order: try row.value("orderRef"), addedOn: try row.day("addedOn"), added: try row.value("added"))
        }
    }

    func stockLicenses(of partner: Partner.ID, part: String, limit: Int) throws -> [License.ID] {
        try rows(
            """
            SELECT l.id FROM stockLot s JOIN license l ON l.stockLotId = s.id AND l.part = s.part
            WHERE s.partnerId = ? AND s.part = ?
              AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.licenseId = l.id)
            ORDER BY s.id, l.id LIMIT ?
            """, [partner.rawValue, part, limit]
        ).map { License.ID(try $0.int64(0)) }
    }

    func license(id: License.ID) throws -> License? {
        try row(Self.licenseSelection + " WHERE l.id = ?", [id.rawValue]).map(Self.license)
    }

    func licenses(of customer: Customer.ID) throws -> [License] {
        try rows(Self.licenseSelection + " WHERE a.customerId = ? ORDER BY l.id", [customer.rawValue]).map(Self.license)
    }

    func bindings(of customer: Customer.ID) throws -> [Binding] {
        try rows(
            """
            SELECT \(Self.bindingColumns) FROM binding b JOIN assignment a ON a.licenseId = b.licenseId
            WHERE a.customerId = ? ORDER BY b.id
            """, [customer.rawValue]
        ).map(Self.binding)
    }

    func licenses(ofEach customers: [Customer.ID]) throws -> [Customer.ID: [License]] {
        guard !customers.isEmpty else { return [:] }
        let licenses = try rows(
            Self.licenseSelection + " WHERE a.customerId = ANY(?) ORDER BY l.id", [IntegerArray(customers.map(\.rawValue))]
        ).map(Self.license)
        var found = Dictionary(uniqueKeysWithValues: customers.map { ($0, [License]()) })
        for license in licenses { if let customer = license.assignment?.customerID { found[customer, default: []].append(license) } }
        return found
    }

    func bindings(ofEach customers: [Customer.ID]) throws -> [Customer.ID: [Binding]] {
        guard !customers.isEmpty else { return [:] }
        var found = Dictionary(uniqueKeysWithValues: customers.map { ($0, [Binding]()) })
        for row in try rows(
            """
            SELECT \(Self.bindingColumns), a.customerId FROM binding b JOIN assignment a ON a.licenseId = b.licenseId
            WHERE a.customerId = ANY(?) ORDER BY b.id
            """, [IntegerArray(customers.map(\.rawValue))])
        {
            found[Customer.ID(try row.id("customerId")), default: []].append(try Self.binding(row))
        }
        return found
    }

    func currentBinding(of license: License.ID) throws -> Binding? {
        try row("SELECT \(Self.bindingColumns) FROM binding b WHERE b.licenseId = ? AND b.unboundOn IS NULL", [license.rawValue])
            .map(Self.binding)
    }

    func bindings(ofCamera camera: Camera.ID) throws -> [Binding] {
        try rows("SELECT \(Self.bindingColumns) FROM binding b WHERE b.cameraId = ? ORDER BY b.id", [camera.rawValue])
            .map(Self.binding)
    }

    func typeChangedBindings(of customer: Customer.ID) throws -> Set<Binding.ID> {
        let ids = try rows(
            """
            SELECT t.undoneBindingId FROM typeChange t JOIN binding b ON b.id = t.undoneBindingId
            JOIN assignment a ON a.licenseId = b.licenseId WHERE a.customerId = ?
            """, [customer.rawValue]
        ).map { try $0.int64(0) }
        return Set(ids.map { RecordID<Binding>(rawValue: $0) })
    }

    func insertTypeChange(undone: Binding.ID, replacement: Binding.ID, on day: CalendarDate, at: Date) throws {
        try execute(
            "INSERT INTO typeChange (undoneBindingId, bindingId, day, at) VALUES (?, ?, ?, ?)",
            [undone.rawValue, replacement.rawValue, day, at])
    }

    /// The lot, then its licenses in one statement (`generate_series`; the
    /// count is bounded by the use case, LedgerSettings.maximumLicensesPerChange).
    func insertStockLot(
        partner: Partner.ID, product: Product, count: Int, order: String?, addedOn: CalendarDate, added: Date
    ) throws -> StockLot {
        let lot = try insert(
            "INSERT INTO stockLot (partnerId, part, count, orderRef, addedOn, added) VALUES (?, ?, ?, ?, ?, ?)",
            [partner.rawValue, product.part, count, order, addedOn, added])
        try execute(
            "INSERT INTO license (part, stockLotId) SELECT ?, ? FROM generate_series(1, ?::bigint)", [product.part, lot, count])
        return StockLot(
            id: StockLot.ID(lot), partnerID: partner, product: product, count: count, order: order, addedOn: addedOn,
            added: added)
    }

    func assign(_ licenses: [License.ID], to customer: Customer.ID, on day: CalendarDate, dates: TermDates?, at: Date)
        throws
    {
        guard !licenses.isEmpty else { return }
        // One statement for every license (the rows from an array), not a round trip each.
        try execute(
            """
            INSERT INTO assignment (licenseId, customerId, assignedOn, freeUntil, expires, at)
            SELECT l, ?, ?, ?, ?, ? FROM unnest(?::bigint[]) WITH ORDINALITY AS t(l, n) ORDER BY n
            """,
            [customer.rawValue, day, dates?.freeUntil, dates?.expires, at, IntegerArray(licenses.map(\.rawValue))])
    }

    func insertBinding(license: License.ID, camera: Camera.ID, on day: CalendarDate, method: Binding.Method, at: Date)
        throws -> Binding
    {
        let id = try insert(
            "INSERT INTO binding (licenseId, cameraId, boundOn, method, at) VALUES (?, ?, ?, ?, ?)",
            [license.rawValue, camera.rawValue, day, method.rawValue, at])
        return Binding(
            id: Binding.ID(id), licenseID: license, cameraID: camera, boundOn: day, unboundOn: nil, method: method, at: at)
    }

    func insertBindings(_ bindings: [NewBinding]) throws {
        guard !bindings.isEmpty else { return }
        // One statement for every binding (the rows from arrays, in order), each row checked by the triggers.
        try execute(
            """
            INSERT INTO binding (licenseId, cameraId, boundOn, method, at)
            SELECT l, c, d, m, t FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::timestamptz[])
                WITH ORDINALITY AS r(l, c, d, m, t, n)
            ORDER BY n
            """,
            [
                IntegerArray(bindings.map(\.license.rawValue)), IntegerArray(bindings.map(\.camera.rawValue)),
                TextArray(bindings.map(\.boundOn.description)), TextArray(bindings.map(\.method.rawValue)),
                DateArray(bindings.map(\.at)),
            ])
    }

    func endBinding(_ binding: Binding.ID, unboundOn day: CalendarDate) throws {
        try execute("UPDATE binding SET unboundOn = ? WHERE id = ?", [day, binding.rawValue])
    }

    /// A license from a row of ``licenseSelection``.
    static func license(_ row: SQLRow) throws -> License {
        let source: License.Source
        if let lot: Int64 = try row.value("stockLotId"), let partner: Int64 = try row.value("partnerId") {
            source = .stock(partner: Partner.ID(partner), lot: StockLot.ID(lot))
        } else if let card: Int64 = try row.value("cardId") {
            source = .card(Card.ID(card))
        } else {
            throw RecordError.malformed("license")
        }
        var assignment: Assignment?
        if let customer: Int64 = try row.value("customerId") {
            let assignedOn = try row.day("assignedOn")
            var dates: TermDates?
            if let expires = try row.dayIfAny("expires"), let freeUntil = try row.dayIfAny("freeUntil") {
                dates = TermDates(assigned: assignedOn, freeUntil: freeUntil, expires: expires)
            }
            assignment = Assignment(
                customerID: Customer.ID(customer), assignedOn: assignedOn, dates: dates, at: try row.value("at"))
        }
        return License(
            id: License.ID(try row.id("id")), product: try Product.stored(try row.value("part")), source: source,
            assignment: assignment)
    }

    static func binding(_ row: SQLRow) throws -> Binding {
        guard let method = Binding.Method(rawValue: try row.value("method")) else { throw RecordError.malformed("binding") }
        return Binding(
            id: Binding.ID(try row.id("id")), licenseID: License.ID(try row.id("licenseId")),
            cameraID: Camera.ID(try row.id("cameraId")), boundOn: try row.day("boundOn"),
            unboundOn: try row.dayIfAny("unboundOn"), method: method, at: try row.value("at"))
    }
}
