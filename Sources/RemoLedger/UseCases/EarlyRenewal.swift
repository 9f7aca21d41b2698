public import RemoCore

/// A camera that licenses assigned today would renew, and what the renewal
/// costs it (P6-P7: 「ライセンス更新の際はなるべくギリギリに適用する方が無料期間が長くなります」).
public struct RenewedCamera: Hashable, Sendable {
    public let camera: Camera.ID
    public let name: String
    /// The renewal: the camera's current expiry, the days lost, the first day
    /// from which none would be.
    public let renewal: Renewal

    /// The warning (days lost, and from when none would be) or the
    /// reassurance, then the loss-free and the best windows, for people.
    public var advice: Message {
        LedgerText.renewalOfCamera([
            "camera": .text(camera.description), "name": .text(name), "advice": .message(renewal.advice),
            "windows": .message(renewal.windowAdvice),
        ])
    }
}

extension LedgerReader {
    /// The cameras that `count` licenses of `product` assigned to the account on
    /// `day` would renew: the one rule the command line and the web app both use.
    ///
    /// **Decision** (docs/decisions.md, "Early renewal on assignment"): a term
    /// license is bound at a camera's expiry to whichever camera of its
    /// connection type expires next (P6), so an assignment renews the
    /// account's cameras of the product's connection type covered today by term
    /// licenses, soonest expiry first, after as many of them as the account's
    /// unbound term licenses already renew. Perpetual products renew nothing.
    public func renewals(of product: Product, count: Int, for customer: Customer.ID, on day: CalendarDate) throws
        -> [RenewedCamera]
    {
        guard case .years(let years) = product.term, count > 0 else { return [] }
        var running: [(camera: Camera, expires: CalendarDate)] = []
        for camera in try cameras(of: customer) where camera.connection == product.connection && camera.failedOn == nil {
            let coverage = try coverage(ofCamera: camera.id, on: day)
            guard coverage.status.isCovered, coverage.status != .perpetual, let last = coverage.lastCoveredDay else {
                continue
            }
            running.append((camera, last))
        }
        running.sort { ($0.expires, $0.camera.id) < ($1.expires, $1.camera.id) }
        let waiting = try availableLicenses(of: customer, for: product.connection, on: day).filter { !$0.isPerpetual }.count
        return running.dropFirst(waiting).prefix(count).map {
            RenewedCamera(
                camera: $0.camera.id, name: $0.camera.name,
                renewal: Renewal(currentExpiry: $0.expires, assignOn: day, years: years))
        }
    }
}
