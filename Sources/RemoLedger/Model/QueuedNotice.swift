public import Foundation
public import RemoCore

/// An expiry notice `tick` queued: who gets it, about which license, due when.
/// The message itself is made when the notice is written out, in the language
/// of that moment.
public struct QueuedNotice: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<QueuedNotice>

    public let id: ID
    public let licenseID: License.ID
    /// The account the license is assigned to.
    public let customerID: Customer.ID
    /// The partner or the contract user.
    public let audience: Notice.Audience
    /// How many days before the expiry it is due.
    public let daysBefore: Int
    /// The expiry it is about.
    public let expires: CalendarDate
    /// The day it is due (`expires − daysBefore`).
    public let due: CalendarDate
    /// The address it goes to.
    public let recipient: EmailAddress
    /// The `--today` of the tick that queued it, and when.
    public let queuedOn: CalendarDate
    public let queuedAt: Date
    /// When it was written out as a mail file, if it was.
    public let written: Date?

    public init(
        id: ID, licenseID: License.ID, customerID: Customer.ID, audience: Notice.Audience, daysBefore: Int,
        expires: CalendarDate, due: CalendarDate, recipient: EmailAddress, queuedOn: CalendarDate, queuedAt: Date,
        written: Date?
    ) {
        self.id = id
        self.licenseID = licenseID
        self.customerID = customerID
        self.audience = audience
        self.daysBefore = daysBefore
        self.expires = expires
        self.due = due
        self.recipient = recipient
        self.queuedOn = queuedOn
        self.queuedAt = queuedAt
        self.written = written
    }

    /// What the partner should do (P7), from the notice schedule.
    public var action: Notice.Action {
        NoticeSchedule.notices(expiring: expires).first { $0.audience == audience && $0.daysBefore == daysBefore }?.action
            ?? (audience == .customer ? .customerInformed : .lastCall)
    }
}
