import GRDB
import RemoCore

/// The `product` table: the catalogue, so that the schema can check a license's
/// part and connection type. Kept in step with ``RemoCore/Product/catalogue``
/// when a store opens (a new product needs no migration).
enum ProductTable {
    static func synchronize(_ writer: any DatabaseWriter) throws {
        let stored = try writer.read { db in try Set(String.fetchAll(db, sql: "SELECT part FROM product")) }
        let missing = Product.catalogue.filter { !stored.contains($0.part) }
        guard !missing.isEmpty else { return }
        try writer.write { db in
            for product in missing {
                let years: Int? = if case .years(let years) = product.term { years } else { nil }
                try db.execute(
                    sql: "INSERT OR IGNORE INTO product (part, connection, termYears, packSize) VALUES (?, ?, ?, ?)",
                    arguments: [product.part, product.connection.rawValue, years, product.packSize])
            }
        }
    }
}
