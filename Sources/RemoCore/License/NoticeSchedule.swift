/// The e-mails sent before a term license expires (P5, P7, docs/domain.md 4.1).
///
/// **Decision** (docs/decisions.md, "Notices"): the partner gets one 90, 60, 30
/// and 14 days before the expiry day and one "24 hours" before it, which on the
/// calendar is the day before the expiry (the license is valid to the end of its
/// expiry day); the contract user gets one 14 days and one 1 day before. A notice
/// *N days before* is dated `expires − N`. They are sent whether or not a renewal
/// has been assigned.
public enum NoticeSchedule {
    /// The days before the expiry on which the partner is notified, earliest first.
    public static let partnerDaysBefore = [90, 60, 30, 14, 1]
    /// The days before the expiry on which the contract user is notified, earliest first.
    public static let customerDaysBefore = [14, 1]

    /// Every notice for a license expiring on `expires`, by date, the partner's
    /// before the customer's on the same day.
    public static func notices(expiring expires: CalendarDate) -> [Notice] {
        let partner = partnerDaysBefore.map { days in
            Notice(
                date: expires.adding(days: -days), audience: .partner, daysBefore: days,
                action: partnerAction(daysBefore: days), expires: expires)
        }
        let customer = customerDaysBefore.map { days in
            Notice(
                date: expires.adding(days: -days), audience: .customer, daysBefore: days,
                action: .customerInformed, expires: expires)
        }
        return (partner + customer).sorted {
            ($0.date, $0.audience == .partner ? 0 : 1) < ($1.date, $1.audience == .partner ? 0 : 1)
        }
    }

    /// The notices for a license expiring on `expires` that are due in the days
    /// `after` (exclusive) … `through` (inclusive): what a daily job sends when it
    /// last ran on `after` and runs now on `through`.
    public static func notices(expiring expires: CalendarDate, dueAfter after: CalendarDate?, through: CalendarDate)
        -> [Notice]
    {
        notices(expiring: expires).filter { notice in
            notice.date <= through && after.map { notice.date > $0 } ?? true
        }
    }

    static func partnerAction(daysBefore days: Int) -> Notice.Action {
        switch days {
        case 61...: .askCustomer
        case 31...60: .order
        case 15...30: .assignRenewal
        case 2...14: .catchUp
        default: .lastCall
        }
    }
}
