public import Foundation
public import RemoCore

/// Who acts, on which day asked for, and when: the input every use case
/// takes. A front end passes only the day it was asked for, if any; the day a
/// use case acts on is the ledger's rule (``ChangeDay``), in the account's
/// time zone, and the use case gets it as a ``Dated``.
public struct Acting: Sendable {
    /// Who says they act; resolved and checked against the role rules inside
    /// the use case's transaction.
    public var principal: Principal
    /// The day asked for (`--today`, `remo serve --today`, a report's
    /// `?today=`), nil for the clock's.
    public var day: CalendarDate?
    /// The moment, from the front end's ``LedgerClock``: the audit log's time,
    /// what expires in hours (an initial password), and the clock's day.
    public var now: Date
    /// Where the request came from, as the attempt limits count it (the web
    /// client's IP address); ``localAddress`` for the command line.
    public var address: String

    /// What the attempt limits call a caller on this machine (the command line).
    public static let localAddress = "local"

    public init(_ principal: Principal, day: CalendarDate? = nil, now: Date, address: String = Acting.localAddress) {
        self.principal = principal
        self.day = day
        self.now = now
        self.address = address
    }

    /// Who acts on a day the ledger's rule fixed: what a use case's transaction works with.
    public struct Dated: Sendable {
        public var principal: Principal
        /// The calendar day the use case acts on, in the account's time zone.
        public var today: CalendarDate
        /// The moment.
        public var now: Date
        /// Where the request came from (``Acting/address``).
        public var address: String

        init(_ acting: Acting, today: CalendarDate) {
            principal = acting.principal
            self.today = today
            now = acting.now
            address = acting.address
        }
    }

    /// The day a reading in an account of time zone `zone` looks at: the one
    /// asked for, else today by the clock there.
    public func reading(in zone: String) -> Dated {
        Dated(self, today: ChangeDay.reading(asked: day, clockDay: LedgerClock.day(of: now, in: zone)))
    }

    /// The day a change in an account of time zone `zone` is dated, by the
    /// ledger's rule (``ChangeDay``) for a ledger in state `ledger`: for one
    /// change over many accounts, which reads the state once.
    ///
    /// - Throws: ``ClockError``.
    public func dated(in zone: String, ledger: ClockState) throws -> Dated {
        Dated(self, today: try ChangeDay.change(asked: day, clockDay: LedgerClock.day(of: now, in: zone), ledger: ledger))
    }
}

extension LedgerReader {
    /// The day a change in an account of time zone `zone` is dated, by the
    /// ledger's rule (``ChangeDay``), with who acts and when.
    ///
    /// - Throws: ``ClockError``.
    public func dated(_ acting: Acting, in zone: String) throws -> Acting.Dated {
        try acting.dated(in: zone, ledger: clockState())
    }
}
