/// What assigning a renewal license on a given day does to a camera whose
/// current license expires on a given day (P6-P7, docs/domain.md 4.1).
///
/// **Decision** (docs/decisions.md, "Renewal"): the renewal's dates are fixed on
/// the day it is assigned (``TermDates``). Every day of its paid term that falls
/// on or before the current expiry overlaps the current license and is lost:
/// `daysLost = currentExpiry − freeUntil` when positive, else 0. Nothing is lost
/// from ``lossFreeFrom``, the first day of the month before the current expiry's
/// month (about 60 days before a month-end expiry, as the manual says). A renewal
/// assigned more than one day after the current expiry leaves the camera
/// uncovered in between (``gapDays``); the automatic binding at expiry (P6) only
/// happens if the renewal is in the account by then.
///
/// ```swift
/// let renewal = Renewal(currentExpiry: "2026-04-30", assignOn: "2026-02-15", years: 1)
/// renewal.daysLost       // 30
/// renewal.lossFreeFrom   // 2026-03-01
/// ```
public struct Renewal: Hashable, Sendable, Codable {
    /// The day the current license expires.
    public let currentExpiry: CalendarDate
    /// The renewal license's dates if assigned on the planned day.
    public let dates: TermDates
    /// Days of the renewal's paid term that fall on or before the current expiry.
    public let daysLost: Int
    /// The first assignment day from which no day is lost.
    public let lossFreeFrom: CalendarDate
    /// Days between the current expiry and the assignment day that no license
    /// covers: 0 when the renewal is assigned on or before the day after the expiry.
    public let gapDays: Int
    /// The renewal's term in years.
    public let years: Int

    /// The renewal of a license expiring on `currentExpiry` by a license of
    /// `years` years assigned on `assignOn`.
    public init(currentExpiry: CalendarDate, assignOn: CalendarDate, years: Int) {
        self.currentExpiry = currentExpiry
        self.dates = TermDates(assigned: assignOn, years: years)
        self.daysLost = max(0, dates.freeUntil.days(until: currentExpiry))
        self.lossFreeFrom = Renewal.lossFreeFrom(currentExpiry: currentExpiry)
        self.gapDays = max(0, currentExpiry.days(until: assignOn) - 1)
        self.years = years
    }

    /// The assignment days that lose nothing and leave no gap, a window per
    /// month (each month gives its own expiry), earliest first: from
    /// ``lossFreeFrom`` to the current expiry.
    ///
    /// **Decision** (docs/decisions.md, "Renewal windows"): the manual's
    /// 「ライセンス更新の際はなるべくギリギリに適用する方が無料期間が長くなります」 in
    /// numbers. A window ends on the current expiry: assigned by then, the
    /// renewal is bound automatically the next day.
    public static func windows(currentExpiry: CalendarDate, years: Int) -> [RenewalWindow] {
        var windows: [RenewalWindow] = []
        var from = lossFreeFrom(currentExpiry: currentExpiry)
        while from <= currentExpiry {
            let through = min(from.endOfMonth, currentExpiry)
            windows.append(
                RenewalWindow(from: from, through: through, expires: TermDates(assigned: from, years: years).expires))
            from = through.adding(days: 1)
        }
        return windows
    }

    /// The loss-free windows of this renewal (``windows(currentExpiry:years:)``).
    public var windows: [RenewalWindow] { Renewal.windows(currentExpiry: currentExpiry, years: years) }

    /// The window that gives the latest expiry: the last month before the
    /// current expiry (for 2026-04-30, 2026-04-01 … 2026-04-30, expiring 2027-05-31).
    /// (There is always one: ``lossFreeFrom`` is never after the current expiry.)
    public var bestWindow: RenewalWindow { windows[windows.count - 1] }

    /// The loss-free window and the best window, with the expiry each gives, for people.
    public var windowAdvice: Message {
        let windows = self.windows
        let (first, best) = (windows[0], windows[windows.count - 1])
        return LicenseText.renewalWindows([
            "from": .date(first.from), "through": .date(best.through), "best": .date(best.from),
            "bestExpires": .date(best.expires), "earlyExpires": .date(first.expires),
        ])
    }

    /// The first assignment day from which a renewal loses nothing: its free
    /// period then ends on or after `currentExpiry`.
    public static func lossFreeFrom(currentExpiry: CalendarDate) -> CalendarDate {
        currentExpiry.yearMonth.adding(months: -1).firstDay
    }

    /// The warning or reassurance for people: how many days are lost and from
    /// when none would be, or that nothing is lost.
    public var advice: Message {
        if daysLost > 0 {
            return LicenseText.renewalLosesDays([
                "assigned": .date(dates.assigned), "count": .integer(daysLost),
                "currentExpiry": .date(currentExpiry), "lossFreeFrom": .date(lossFreeFrom),
            ])
        }
        if gapDays > 0 {
            return LicenseText.renewalLeavesGap([
                "assigned": .date(dates.assigned), "count": .integer(gapDays),
                "currentExpiry": .date(currentExpiry),
            ])
        }
        return LicenseText.renewalLosesNothing(["assigned": .date(dates.assigned), "expires": .date(dates.expires)])
    }
}
