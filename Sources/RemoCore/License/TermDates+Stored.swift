extension TermDates {
    /// Dates as they were fixed when the license was assigned, read back from a
    /// store. Stored dates are kept as they were, even if the rule in
    /// ``init(assigned:years:)`` changes later.
    ///
    /// - Precondition: `assigned <= freeUntil < expires`.
    public init(assigned: CalendarDate, freeUntil: CalendarDate, expires: CalendarDate) {
        precondition(assigned <= freeUntil && freeUntil < expires, "stored term dates are out of order")
        self.assigned = assigned
        self.freeUntil = freeUntil
        self.expires = expires
    }
}
