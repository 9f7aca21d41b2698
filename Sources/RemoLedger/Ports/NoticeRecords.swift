public import Foundation
public import RemoCore

/// Which queued notices to read.
public struct NoticeFilter: Hashable, Sendable {
    /// Only notices about this partner's customers' licenses.
    public var partner: Partner.ID?
    /// Only notices about this account's licenses.
    public var customer: Customer.ID?
    /// Only notices not written out yet.
    public var pendingOnly: Bool

    public init(partner: Partner.ID? = nil, customer: Customer.ID? = nil, pendingOnly: Bool = false) {
        self.partner = partner
        self.customer = customer
        self.pendingOnly = pendingOnly
    }
}

/// Reading the notice queue.
public protocol NoticeReader {
    /// The queued notices that match, by due day then ID.
    func notices(_ filter: NoticeFilter) throws -> [QueuedNotice]
}

/// Queuing notices and marking them written.
public protocol NoticeWriter: NoticeReader {
    /// Queues a notice unless the same one (license, audience, days before,
    /// expiry) is queued already.
    ///
    /// - Returns: the new notice's ID; nil when it was queued before.
    func queueNotice(
        license: License.ID, audience: Notice.Audience, daysBefore: Int, expires: CalendarDate, due: CalendarDate,
        recipient: EmailAddress, queuedOn: CalendarDate, at: Date
    ) throws -> QueuedNotice.ID?

    /// Records that notices were written out as mail files.
    func markNoticesWritten(_ notices: [QueuedNotice.ID], at: Date) throws
}
