import RemoCore
import Testing

struct NoticeScheduleTests {
    @Test func partnerAndCustomerNoticesFollowTheManual() throws {
        let notices = NoticeSchedule.notices(expiring: try date("2026-04-30"))
        let partner = notices.filter { $0.audience == .partner }
        let customer = notices.filter { $0.audience == .customer }
        #expect(partner.map(\.daysBefore) == [90, 60, 30, 14, 1])
        #expect(customer.map(\.daysBefore) == [14, 1])
        #expect(
            partner.map(\.date.description) == ["2026-01-30", "2026-03-01", "2026-03-31", "2026-04-16", "2026-04-29"])
        #expect(partner.map(\.action) == [.askCustomer, .order, .assignRenewal, .catchUp, .lastCall])
        #expect(customer.allSatisfy { $0.action == .customerInformed })
    }

    @Test func noticesAreInDateOrderPartnerFirst() throws {
        let notices = NoticeSchedule.notices(expiring: try date("2026-04-30"))
        #expect(notices.map(\.date) == notices.map(\.date).sorted())
        #expect(notices.map(\.audience) == [.partner, .partner, .partner, .partner, .customer, .partner, .customer])
    }

    @Test func datesCrossLeapDayAndYearEnd() throws {
        let notices = NoticeSchedule.notices(expiring: try date("2028-03-31"))
        #expect(notices.first?.date == (try date("2028-01-01")))  // 90 days before, over 2028-02-29
        let january = NoticeSchedule.notices(expiring: try date("2027-01-31"))
        #expect(january.first?.date == (try date("2026-11-02")))
    }

    @Test func dueNoticesAreThoseSinceTheLastRun() throws {
        let expires = try date("2026-04-30")
        let due = NoticeSchedule.notices(expiring: expires, dueAfter: try date("2026-03-01"), through: try date("2026-04-16"))
        #expect(due.map(\.daysBefore) == [30, 14, 14])
        #expect(NoticeSchedule.notices(expiring: expires, dueAfter: nil, through: try date("2026-01-30")).count == 1)
    }

    @Test func actionsReadInBothLanguages() {
        #expect(Notice.Action.order.message.rendered(in: .japanese).contains("注文書"))
        #expect(Notice.Audience.customer.name.rendered(in: .japanese) == "契約ユーザー")
        #expect(Notice.Audience.partner.name.rendered(in: .japanese) == "販売パートナー")
    }
}
