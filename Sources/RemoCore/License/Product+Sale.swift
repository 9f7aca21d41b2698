extension Product {
    /// Why a product cannot be had on a day.
    public enum SaleError: Error, Hashable, Sendable, MessageProviding {
        /// The day is before the product's launch month (perpetual edge-storage
        /// packs from 2024-11, the camera-direct one from 2025-01).
        case beforeLaunch(part: String, launched: YearMonth, on: CalendarDate)

        public var message: Message {
            switch self {
            case .beforeLaunch(let part, let launched, let day):
                LicenseText.productBeforeLaunch(["part": .text(part), "launched": .month(launched), "date": .date(day)])
            }
        }
    }

    /// Whether the product was on sale on `day`: from the first day of its
    /// launch month (P2), or always for products older than the catalogue.
    public func isOnSale(on day: CalendarDate) -> Bool {
        guard let released else { return true }
        return day.yearMonth >= released
    }

    /// Why the product could not be had on `day`; nil when it was on sale.
    public func saleError(on day: CalendarDate) -> SaleError? {
        guard let released, !isOnSale(on: day) else { return nil }
        return .beforeLaunch(part: part, launched: released, on: day)
    }

    /// Checks that the product was on sale on `day`; a card of a product before
    /// its launch month cannot be genuine.
    ///
    /// - Throws: ``SaleError/beforeLaunch(part:launched:on:)`` naming the month.
    public func checkOnSale(on day: CalendarDate) throws(SaleError) {
        if let error = saleError(on: day) { throw error }
    }
}
