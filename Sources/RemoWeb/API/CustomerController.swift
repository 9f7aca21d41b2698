import Foundation
import Hummingbird
import RemoCore
import RemoLedger

/// `GET /api/v1/customers` (the customers this user may see) and
/// `GET /api/v1/customers/{email}/report?format=json|csv|pdf[&today=]`.
struct CustomerController {
    let services: WebServices

    /// The formats the report route serves, with their media types and file extensions.
    static let formats: [(format: ReportFormat, type: String)] = [
        (.json, "application/json; charset=utf-8"), (.csv, "text/csv; charset=utf-8"), (.pdf, "application/pdf"),
    ]

    func add(to group: RouterGroup<SignedInContext>) {
        let services = services
        group.get("customers") { _, context in
            let acting = services.acting.acting(context.user.principal)
            let customers = try await services.ledger.customers(by: acting)
            let partners = try await services.ledger.partners(by: acting)
            return try JSONResponse.make(CustomerDocument.list(customers, partners: partners))
        }
        group.get("customers/:email/report") { request, context in
            let email = try Self.email(context.parameters.get("email") ?? "")
            let query = QueryFields(request: request)
            let name = query.string("format") ?? "json"
            guard let entry = Self.formats.first(where: { $0.format.rawValue == name }) else {
                throw WebError.badField(
                    "format", reason: WebText.errorNotAFormat(["text": .text(name), "formats": "json, csv, pdf"]))
            }
            let acting = services.acting.acting(context.user.principal, reading: try query.day("today"))
            let report = try await services.ledger.provisioningReport(.customer(email), by: acting)
            let bytes = try report.rendered(as: entry.format)
            var headers: HTTPFields = [.contentType: entry.type]
            if entry.format != .json {
                headers[.contentDisposition] = "attachment; filename=\"report-\(email)-\(report.today).\(entry.format.rawValue)\""
            }
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    /// A customer's address from a path, or 404 (no such page).
    static func email(_ text: String) throws -> EmailAddress {
        let decoded = text.removingPercentEncoding ?? text
        guard let email = try? EmailAddress(decoded) else {
            throw WebError.unknown(LedgerText.accountUnknownCustomer(["email": .text(decoded)]))
        }
        return email
    }
}
