/// A license product of the catalogue (P2): its part number, connection type,
/// term, pack size and release month.
public struct Product: Hashable, Sendable, Identifiable {
    /// The i-PRO part number, such as `DG-JLE101W` or `DG-JLE100W-8A`.
    public let part: String
    /// The connection type of the cameras it licenses.
    public let connection: Connection
    /// One year, five years, or perpetual.
    public let term: LicenseTerm
    /// How many cameras one unit covers: 1 for term licenses, 1 to 64 for perpetual packs.
    public let packSize: Int
    /// The month the product went on sale; nil for products sold since before the
    /// catalogue (the manual says 現行, current).
    public let released: YearMonth?

    public var id: String { part }

    /// The product with this part number, upper- or lower-case.
    ///
    /// - Throws: ``Product/LookupError/unknownPart(_:)`` naming the part and listing the known ones.
    public static func named(_ part: String) throws(LookupError) -> Product {
        let wanted = part.trimmingSpaces.uppercased()
        guard let product = catalogue.first(where: { $0.part == wanted }) else {
            throw .unknownPart(part)
        }
        return product
    }

    /// Why a part number is not a product.
    public enum LookupError: Error, Hashable, Sendable, MessageProviding {
        /// No product has this part number.
        case unknownPart(String)

        public var message: Message {
            switch self {
            case .unknownPart(let part):
                LicenseText.unknownPart([
                    "part": .text(part), "known": .list(Product.catalogue.map { .text($0.part) }),
                ])
            }
        }
    }

    /// Every product, in the manual's order.
    public static let catalogue: [Product] = [
        Product(part: "DG-JLE101W", connection: .edgeStorage, term: .years(1), packSize: 1, released: nil),
        Product(part: "DG-JLE105W", connection: .edgeStorage, term: .years(5), packSize: 1, released: nil),
        Product(part: "DG-JLE201W", connection: .cameraDirect, term: .years(1), packSize: 1, released: nil),
        Product(part: "DG-JLE205W", connection: .cameraDirect, term: .years(5), packSize: 1, released: nil),
    ]
        + [(1, "DG-JLE100W-A"), (4, "DG-JLE100W-4A"), (8, "DG-JLE100W-8A"), (16, "DG-JLE100W-16A"),
            (32, "DG-JLE100W-32A"), (64, "DG-JLE100W-64A")].map { size, part in
            Product(
                part: part, connection: .edgeStorage, term: .perpetual, packSize: size,
                released: YearMonth(unchecked: 2024, 11))
        }
        + [
            Product(
                part: "DG-JLE200W-A", connection: .cameraDirect, term: .perpetual, packSize: 1,
                released: YearMonth(unchecked: 2025, 1))
        ]

    /// The perpetual packs for a connection type, largest first.
    public static func perpetualPacks(for connection: Connection) -> [Product] {
        catalogue.filter { $0.connection == connection && $0.term == .perpetual }.sorted { $0.packSize > $1.packSize }
    }
}

extension String {
    /// The string without leading and trailing white space: spaces, tabs, line
    /// breaks (CRLF included), the ideographic space.
    var trimmingSpaces: Substring {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else {
            return ""
        }
        return self[first...last]
    }
}
