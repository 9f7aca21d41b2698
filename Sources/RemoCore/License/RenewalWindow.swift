/// Assignment days of a renewal that give one expiry: a renewal assigned on any
/// day from ``from`` through ``through`` expires on ``expires``.
public struct RenewalWindow: Hashable, Sendable, Codable {
    public let from: CalendarDate
    public let through: CalendarDate
    public let expires: CalendarDate

    public init(from: CalendarDate, through: CalendarDate, expires: CalendarDate) {
        self.from = from
        self.through = through
        self.expires = expires
    }
}
