/// A perpetual license's applications to cameras, as the perpetual rules see
/// them (P13, P21; docs/domain.md 4.2).
///
/// The manual: 「永年ライセンスを適用してから5年以内であれば、ライセンスの再適用が可能」.
/// **Decision** (docs/decisions.md, "Perpetual windows"): the 30-day and the
/// 5-year windows both count from the license's *first* application, whatever
/// happened since: a type change that returned the license to the account, a
/// later binding of it to another camera, a re-application. Only whether the
/// license may be bound afresh depends on a type change: one whose every
/// application a type change undid went back unused.
public struct PerpetualHistory: Hashable, Sendable {
    /// One binding of the license to a camera.
    public struct Application: Hashable, Sendable {
        /// The day it was bound.
        public var boundOn: CalendarDate
        /// Whether a type change undid it (the license went back to the account).
        public var undone: Bool

        public init(boundOn: CalendarDate, undone: Bool) {
            self.boundOn = boundOn
            self.undone = undone
        }
    }

    /// Every binding of the license, in any order.
    public let applications: [Application]

    public init(_ applications: [Application]) {
        self.applications = applications
    }

    /// The day the license was first applied to a camera, which its windows
    /// count from; nil when it never was.
    public var firstApplied: CalendarDate? { applications.map(\.boundOn).min() }

    /// Whether the license may be bound to a camera as a new one: never applied,
    /// or every application undone by a type change. Otherwise it is re-applied
    /// (after a failure), not bound again.
    public var isUnused: Bool { applications.allSatisfy(\.undone) }

    /// The last day the license may be moved or change type.
    public var lastChangeDay: CalendarDate? { firstApplied.map(PerpetualRules.lastChangeDay(assigned:)) }

    /// The last day the license may be re-applied to a repaired or replacement camera.
    public var lastReapplicationDay: CalendarDate? {
        firstApplied.map(PerpetualRules.lastReapplicationDay(firstApplied:))
    }
}
