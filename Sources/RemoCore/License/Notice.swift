/// One e-mail the service sends before a term license expires (P5, P7).
public struct Notice: Hashable, Sendable, Codable {
    /// Who receives the e-mail.
    public enum Audience: String, CaseIterable, Codable, Hashable, Sendable {
        /// The sales partner (販売パートナー).
        case partner
        /// The contract user (契約ユーザー).
        case customer

        /// The audience for people: "partner" / 「販売パートナー」.
        public var name: Message {
            switch self {
            case .partner: LicenseText.audiencePartner()
            case .customer: LicenseText.audienceCustomer()
            }
        }
    }

    /// What the partner should do when the notice arrives (P7). The raw value is
    /// the machine spelling used in JSON.
    public enum Action: String, CaseIterable, Codable, Hashable, Sendable {
        /// 90 days: explain the expiry to the customer and ask whether to renew.
        case askCustomer = "ask-customer"
        /// 60 days: prepare the order and buy the renewal license.
        case order
        /// 30 days: assign the renewal license to the customer's account.
        case assignRenewal = "assign-renewal"
        /// 14 days: catch whatever was forgotten.
        case catchUp = "catch-up"
        /// 1 day (24 hours): the last chance before the camera stops.
        case lastCall = "last-call"
        /// A notice to the customer: be ready for their questions.
        case customerInformed = "customer-informed"

        /// What to do, for people.
        public var message: Message {
            switch self {
            case .askCustomer: LicenseText.noticeAskCustomer()
            case .order: LicenseText.noticeOrder()
            case .assignRenewal: LicenseText.noticeAssignRenewal()
            case .catchUp: LicenseText.noticeCatchUp()
            case .lastCall: LicenseText.noticeLastCall()
            case .customerInformed: LicenseText.noticeCustomerInformed()
            }
        }
    }

    /// The day the e-mail is sent.
    public let date: CalendarDate
    /// Who receives it.
    public let audience: Audience
    /// How many days before the expiry it is sent.
    public let daysBefore: Int
    /// What the partner should do.
    public let action: Action
    /// The expiry the notice is about.
    public let expires: CalendarDate

    /// A notice; ``NoticeSchedule/notices(expiring:)`` makes them.
    public init(date: CalendarDate, audience: Audience, daysBefore: Int, action: Action, expires: CalendarDate) {
        self.date = date
        self.audience = audience
        self.daysBefore = daysBefore
        self.action = action
        self.expires = expires
    }
}
