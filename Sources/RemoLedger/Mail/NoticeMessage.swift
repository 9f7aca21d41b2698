public import Foundation
import RemoCore

extension LedgerReader {
    /// A queued notice as a mail message, in the current language: for the
    /// partner, which customer's license expires when, on which camera, and what
    /// to do now (P7); for the customer, when their license expires.
    public func noticeMessage(_ notice: QueuedNotice, sender: MailMessage.Mailbox, now: Date) throws -> MailMessage {
        guard let customer = try customer(id: notice.customerID), let partner = try partner(id: customer.partnerID),
            let license = try license(id: notice.licenseID)
        else { throw BindingRefusal.unknownLicense(notice.licenseID) }
        let camera = try currentBinding(of: license.id).flatMap { try self.camera(id: $0.cameraID) }
        let arguments: KeyValuePairs<String, Message.Argument> = [
            "customer": .text(customer.name), "email": .text(customer.email.description), "partner": .text(partner.name),
            "license": .text(license.id.description), "part": .text(license.product.part),
            "term": .message(license.product.term.name), "expires": .date(notice.expires), "days": .integer(notice.daysBefore),
            "camera": camera.map { .text("\($0.name) (\($0.id))") } ?? .message(LedgerText.noticeNoCamera()),
            "action": .message(notice.action.message), "afterExpiry": .message(ServiceFunction.afterExpiry),
        ]
        let subject: Message
        let body: Message
        let to: MailMessage.Mailbox
        switch notice.audience {
        case .partner:
            subject = LedgerText.noticePartnerSubject(arguments)
            body = LedgerText.noticePartnerBody(arguments)
            to = .init(name: partner.name, address: notice.recipient)
        case .customer:
            subject = LedgerText.noticeCustomerSubject(arguments)
            body = LedgerText.noticeCustomerBody(arguments)
            to = .init(name: customer.name, address: notice.recipient)
        }
        let zone = TimeZone(identifier: customer.timeZone) ?? TimeZone(identifier: "UTC") ?? .current
        return MailMessage(
            from: sender, to: [to], subject: subject.description, body: body.description, date: now, timeZone: zone,
            messageID: "notice-\(notice.id).remo@\(sender.address.domain)",
            extraHeaders: [("X-Remo-Notice", "\(notice.id) \(notice.audience.rawValue) \(notice.daysBefore)")])
    }
}
