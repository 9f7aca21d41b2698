import Foundation
public import RemoCore

/// A license bound automatically to a camera whose license expired.
public struct AutomaticBinding: Hashable, Sendable {
    public let customerID: Customer.ID
    public let camera: Camera.ID
    public let license: License.ID
    /// The day after the camera's coverage ended, or the restoring tick's day.
    public let boundOn: CalendarDate
    /// At expiry, or a restoration of a camera expired for a while.
    public let kind: AutomaticAssignment<License.ID>.Kind
}

/// What a tick did: the automatic bindings it applied and the notices it queued.
public struct TickResult: Hashable, Sendable {
    /// The day it brought the ledger up to: the one asked for, else today in
    /// the service's time zone (each account is brought up to its own today).
    public let today: CalendarDate
    public let bindings: [AutomaticBinding]
    public let notices: [QueuedNotice]
}

extension Ledger {
    /// Brings the ledger up to `today` (P5-P7): applies the automatic assignments
    /// at expiry and queues the expiry notices due, in one transaction. Running
    /// it again for the same day changes nothing; running it after days without
    /// one catches up, as if it had run every day.
    ///
    /// - Automatic assignment: a camera (not failed) whose term coverage ended on
    ///   day E before today gets, dated E + 1, the account's unbound term license
    ///   that ``RemoCore/AutomaticAssignment`` chooses. Cameras are served in the
    ///   order their coverage ended (then by ID), and a camera whose new license
    ///   has expired too before today is served again.
    /// - Restoration: a camera still expired after that, when a license came into
    ///   the account later than the day after its expiry, gets it dated today
    ///   (oldest expiry first), as the manual says service comes back with the
    ///   assignment.
    /// - Notices: for each term license of an account, not expired today, the
    ///   latest notice per audience due on or before today
    ///   (``RemoCore/NoticeSchedule``) is queued once; an earlier one a missed
    ///   day would have sent is not queued late.
    ///
    /// The operator ticks every account, a partner its customers', a contract
    /// user their own.
    public func tick(by acting: Acting) async throws -> TickResult {
        try await store.write { records in
            let actor = try records.resolve(acting.principal).partnerSide(for: .automaticallyBound)
            let customers: [Customer]
            switch actor {
            case .localOperator: customers = try records.customers(of: nil)
            case .partner(let partner): customers = try records.customers(of: partner.id)
            case .customer(let customer): customers = [customer]
            case .sharedUser(let email, _): throw AccessError.readOnly(email)
            case .partnerUser: preconditionFailure("partnerSide(for:) resolves partner users")
            }
            var bindings: [AutomaticBinding] = []
            var notices: [QueuedNotice.ID] = []
            var partners: [Partner.ID: Partner] = [:]
            // Each account's rows read at once, and the new bindings and audit
            // entries written at once at the end, in the order they were made:
            // a few statements whatever the number of accounts (on PostgreSQL,
            // a round trip each).
            let ids = customers.map(\.id)
            let held = try records.licenses(ofEach: ids)
            let history = try records.bindings(ofEach: ids)
            let cameras = try records.cameras(ofEach: ids)
            let clock = try records.clockState()
            var writes = TickWrites()
            for customer in customers {
                let dated = try acting.dated(in: customer.timeZone, ledger: clock)
                let licenses = held[customer.id] ?? []
                bindings += try AutomaticAssignments(
                    customer: customer, licenses: licenses, history: history[customer.id] ?? [],
                    cameras: cameras[customer.id] ?? []
                ).apply(by: actor, dated, into: &writes)
                if partners[customer.partnerID] == nil { partners[customer.partnerID] = try records.partner(id: customer.partnerID) }
                guard let partner = partners[customer.partnerID] else { continue }
                let queued = try records.queueDueNotices(for: customer, licenses: licenses, partner: partner, dated)
                if !queued.isEmpty {
                    writes.audit.append(
                        NewAuditEntry(
                            .noticesQueued, by: actor, dated, subject: customer.email.description, partner: partner.id,
                            customer: customer.id, after: ["notices": String(queued.count)]))
                }
                notices += queued
            }
            try records.insertBindings(writes.bindings)
            try records.appendAudit(writes.audit)
            let wanted = Set(notices)
            let queued = wanted.isEmpty ? [] : try records.notices(NoticeFilter(pendingOnly: true)).filter { wanted.contains($0.id) }
            return TickResult(
                today: acting.reading(in: settings.defaultTimeZone).today, bindings: bindings, notices: queued)
        }
    }

    /// The notice queue the actor may see: everything for the operator, a
    /// partner's customers' for a partner, the account's for its customer and
    /// shared users.
    public func notices(pendingOnly: Bool = false, by acting: Acting) async throws -> [QueuedNotice] {
        try await store.read { records in
            try records.visibleNotices(NoticeFilter(pendingOnly: pendingOnly), to: try records.resolve(acting.principal))
        }
    }

    /// Writes the pending notices the actor may see as RFC 5322 mail files in the
    /// outbox, in the current language, and marks them written. Running it again
    /// writes only what was queued since.
    ///
    /// - Returns: each notice and where it was written.
    public func writeNotices(by acting: Acting) async throws -> [(notice: QueuedNotice, path: String)] {
        try await store.write { records in
            let actor = try records.resolve(acting.principal)
            if case .sharedUser(let email, _) = actor { throw AccessError.readOnly(email) }
            let dated = try records.dated(acting, in: settings.defaultTimeZone)
            let pending = try records.visibleNotices(NoticeFilter(pendingOnly: true), to: actor)
            var written: [(notice: QueuedNotice, path: String)] = []
            for notice in pending {
                let message = try records.noticeMessage(notice, sender: settings.sender, now: dated.now)
                written.append((notice, try outbox.deliver(message, name: "notice-\(notice.id)")))
            }
            try records.markNoticesWritten(pending.map(\.id), at: dated.now)
            if !pending.isEmpty {
                try records.recordChange(
                    .noticesWritten, by: actor, dated, subject: String(pending.count), partner: actor.partnerID,
                    customer: nil, after: ["notices": pending.map(\.id.description).joined(separator: ",")])
            }
            return written
        }
    }
}

extension LedgerWriter {
    /// Queues the notices due in one account up to the day.
    func queueDueNotices(for customer: Customer, licenses: [License], partner: Partner, _ acting: Acting.Dated) throws
        -> [QueuedNotice.ID]
    {
        let earliest = (NoticeSchedule.partnerDaysBefore + NoticeSchedule.customerDaysBefore).max() ?? 0
        var queued: [QueuedNotice.ID] = []
        for license in licenses {
            guard let expires = license.expires, expires >= acting.today, expires.adding(days: -earliest) <= acting.today
            else { continue }
            let due = NoticeSchedule.notices(expiring: expires).filter { $0.date <= acting.today }
            for audience in Notice.Audience.allCases {
                guard let latest = due.filter({ $0.audience == audience }).max(by: { $0.date < $1.date }) else { continue }
                let recipient = audience == .partner ? partner.email : customer.email
                if let id = try queueNotice(
                    license: license.id, audience: audience, daysBefore: latest.daysBefore, expires: expires,
                    due: latest.date, recipient: recipient, queuedOn: acting.today, at: acting.now)
                {
                    queued.append(id)
                }
            }
        }
        return queued
    }
}

extension LedgerReader {
    /// The notices `actor` may see that match `filter`.
    func visibleNotices(_ filter: NoticeFilter, to actor: Actor) throws -> [QueuedNotice] {
        var filter = filter
        switch try actor.partnerSide(reading: LedgerText.accessReadNotices()) {
        case .localOperator: return try notices(filter)
        case .partner(let partner):
            filter.partner = partner.id
            return try notices(filter)
        case .customer(let customer):
            filter.customer = customer.id
            return try notices(filter)
        case .sharedUser(_, let accounts):
            return try accounts.sorted().flatMap { id -> [QueuedNotice] in
                var one = filter
                one.customer = id
                return try notices(one)
            }
        case .partnerUser: preconditionFailure("partnerSide(reading:) resolves partner users")
        }
    }
}
