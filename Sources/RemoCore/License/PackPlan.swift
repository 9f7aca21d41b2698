/// The perpetual packs to buy for a number of cameras: the fewest packs, since
/// each pack is one activation card and one registration (P14).
///
/// **Decision** (docs/decisions.md, "Pack planner"): the plan covers exactly
/// `max(0, cameras − spare)` cameras, never more: the manual buys 8 + 4 + 1 + 1 + 1
/// for 15 cameras (five registrations), not a 16-camera pack. Among the exact
/// combinations it takes the one with the fewest packs. Every pack size of the
/// catalogue divides the next larger one (1, 4, 8, 16, 32, 64), so taking the
/// largest pack that fits, repeatedly, is optimal; the tests check it against a
/// brute-force optimum.
///
/// ```swift
/// let plan = try PackPlan(cameras: 15, spare: 0, connection: .edgeStorage)
/// plan.lines.map { "\($0.count) × \($0.product.part)" }   // 1 × -8A, 1 × -4A, 3 × -A
/// plan.registrations                                      // 5
/// ```
public struct PackPlan: Hashable, Sendable {
    /// One part number of the plan and how many to buy.
    public struct Line: Hashable, Sendable {
        /// The pack.
        public let product: Product
        /// How many of it.
        public let count: Int
    }

    /// Why a plan cannot be made.
    public enum InputError: Error, Hashable, Sendable, MessageProviding {
        /// The number of cameras is negative.
        case negativeCameras(Int)
        /// The number of spare licenses is negative.
        case negativeSpare(Int)

        public var message: Message {
            switch self {
            case .negativeCameras(let count): LicenseText.planNegativeCameras(["count": .integer(count)])
            case .negativeSpare(let count): LicenseText.planNegativeSpare(["count": .integer(count)])
            }
        }
    }

    /// The connection type of the cameras.
    public let connection: Connection
    /// The number of cameras to cover.
    public let cameras: Int
    /// Unused perpetual licenses of this connection type already held.
    public let spare: Int
    /// The packs to buy, largest first; empty when the spares suffice.
    public let lines: [Line]

    /// The plan for `cameras` cameras of `connection`, `spare` unused perpetual
    /// licenses being already held.
    ///
    /// - Throws: ``InputError`` for a negative count.
    public init(cameras: Int, spare: Int = 0, connection: Connection = .edgeStorage) throws(InputError) {
        guard cameras >= 0 else { throw .negativeCameras(cameras) }
        guard spare >= 0 else { throw .negativeSpare(spare) }
        self.connection = connection
        self.cameras = cameras
        self.spare = spare
        var remaining = max(0, cameras - spare)
        var lines: [Line] = []
        for product in Product.perpetualPacks(for: connection) where remaining >= product.packSize {
            let count = remaining / product.packSize
            lines.append(Line(product: product, count: count))
            remaining -= count * product.packSize
        }
        self.lines = lines
    }

    /// The number of cameras the plan buys licenses for: `max(0, cameras − spare)`.
    public var needed: Int { lines.reduce(0) { $0 + $1.count * $1.product.packSize } }

    /// The number of packs, which is the number of activation cards and registrations.
    public var registrations: Int { lines.reduce(0) { $0 + $1.count } }
}
