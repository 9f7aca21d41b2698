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
            for customer in customers {
                let dated = try records.dated(acting, in: customer.timeZone)
                let licenses = try records.licenses(of: customer.id)
                bindings += try records.applyAutomaticAssignments(for: customer, licenses: licenses, by: actor, dated)
                if partners[customer.partnerID] == nil { partners[customer.partnerID] = try records.partner(id: customer.partnerID) }
                guard let partner = partners[customer.partnerID] else { continue }
                let queued = try records.queueDueNotices(for: customer, licenses: licenses, partner: partner, dated)
                if !queued.isEmpty {
                    try records.recordChange(
                        .noticesQueued, by: actor, dated, subject: customer.email.description, partner: partner.id,
                        customer: customer.id, after: ["notices": String(queued.count)])
                }
                notices += queued
            }
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
    /// Applies the automatic assignments due in one account up to the day.
    func applyAutomaticAssignments(for customer: Customer, licenses held: [License], by actor: Actor, _ acting: Acting.Dated)
        throws -> [AutomaticBinding]
    {
        let today = acting.today
        let licenses = Dictionary(uniqueKeysWithValues: held.map { ($0.id, $0) })
        let history = try bindings(of: customer.id)
        let cameras = try cameras(of: customer.id).filter { $0.failedOn == nil }
        var byCamera = Dictionary(grouping: history, by: \.cameraID).mapValues { bindings in
            bindings.compactMap { binding in licenses[binding.licenseID].flatMap { try? LicensePool.licenseBinding(binding, of: $0) } }
        }
        let bound = Set(history.filter(\.isCurrent).map(\.licenseID))
        var pool = licenses.values.compactMap { license -> UnboundLicense<License.ID>? in
            guard !bound.contains(license.id), let dates = license.assignment?.dates else { return nil }
            return UnboundLicense(id: license.id, connection: license.product.connection, dates: dates)
        }
        guard !pool.isEmpty else { return [] }
        // Cameras whose coverage ended before today, by the day it ended.
        var waiting: [(ended: CalendarDate, camera: Camera)] = cameras.compactMap { camera in
            let coverage = Coverage(of: byCamera[camera.id] ?? [], on: today)
            guard coverage.status == .expired, let ended = coverage.lastCoveredDay else { return nil }
            return (ended, camera)
        }
        var applied: [AutomaticBinding] = []
        while let next = waiting.indices.min(by: { (waiting[$0].ended, waiting[$0].camera.id) < (waiting[$1].ended, waiting[$1].camera.id) }) {
            let (ended, camera) = waiting.remove(at: next)
            guard
                let choice = AutomaticAssignment(
                    restoring: camera.connection, coverageEnded: ended, on: today, pool: pool)
            else { continue }
            pool.removeAll { $0.id == choice.license.id }
            _ = try insertBinding(license: choice.license.id, camera: camera.id, on: choice.bindOn, method: .automatic, at: acting.now)
            byCamera[camera.id, default: []].append(try LicenseBinding(term: choice.license.dates, boundOn: choice.bindOn))
            applied.append(
                AutomaticBinding(
                    customerID: customer.id, camera: camera.id, license: choice.license.id, boundOn: choice.bindOn,
                    kind: choice.kind))
            try recordChange(
                .automaticallyBound, by: actor, acting, subject: camera.id.description, partner: customer.partnerID,
                customer: customer.id, before: ["camera": camera.id.description, "coveredUntil": ended.description],
                after: [
                    "camera": camera.id.description, "license": choice.license.id.description,
                    "boundOn": choice.bindOn.description, "expires": choice.license.dates.expires.description,
                    "kind": choice.kind.rawValue,
                ])
            let coverage = Coverage(of: byCamera[camera.id] ?? [], on: today)
            if coverage.status == .expired, let end = coverage.lastCoveredDay { waiting.append((end, camera)) }
        }
        return applied
    }

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
