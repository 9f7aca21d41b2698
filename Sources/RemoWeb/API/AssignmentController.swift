import Hummingbird
import RemoCore
import RemoLedger

/// `POST /api/v1/assignments/preview` (what an assignment would do, with the
/// early-renewal warning) and `POST /api/v1/assignments` (assign, confirmed:
/// the `remo license assign --json` document). Partner admins only.
struct AssignmentController {
    let services: WebServices

    /// `{"question", "renewal"}`: the sentence to confirm, and the renewal's advice (null when nothing is renewed).
    struct Preview: Encodable {
        let question: String
        let renewal: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(question, forKey: .question)
            try container.encode(renewal, forKey: .renewal)
        }

        private enum CodingKeys: String, CodingKey { case question, renewal }
    }

    func add(to group: RouterGroup<SignedInContext>) {
        let services = services
        group.post("assignments/preview") { request, context in
            let partner = try await PartnerPages.partner(of: context.user, services: services)
            let fields = try await JSONFields.read(request, limit: context.maxUploadSize)
            let (customer, product, count) = try Self.request(fields)
            let acting = services.acting.acting(context.user.principal)
            guard try await services.ledger.customers(of: partner, by: acting).contains(where: { $0.email == customer }) else {
                throw WebError.unknown(LedgerText.accountUnknownCustomer(["email": .text(customer.description)]))
            }
            let report = try await services.ledger.provisioningReport(.customer(customer), by: acting)
            let renewal = Self.renewal(of: product, in: report, on: report.today)
            let question = WebText.assignIrreversible([
                "count": .integer(count), "part": .text(product.part), "customer": .text(customer.description),
            ])
            return try JSONResponse.make(Preview(question: question.description, renewal: renewal?.advice.description))
        }
        group.post("assignments") { request, context in
            let partner = try await PartnerPages.partner(of: context.user, services: services)
            let fields = try await JSONFields.read(request, limit: context.maxUploadSize)
            let (customer, product, count) = try Self.request(fields)
            let result = try await services.ledger.assignLicenses(
                partner: partner, customer: customer, part: product.part, count: count,
                confirmed: try fields.boolean("confirmed") ?? false, by: services.acting.acting(context.user.principal))
            return try JSONResponse.make(AssignmentDocument(result))
        }
    }

    static func request(_ fields: JSONFields) throws -> (EmailAddress, Product, Int) {
        let customer = try fields.email("customer")
        let part = try fields.requiredString("part")
        let product: Product
        do {
            product = try Product.named(part)
        } catch {
            throw WebError.badField("part", reason: error.message)
        }
        guard let count = try fields.integer("count", in: 1...100_000) else { throw WebError.missingField("count") }
        return (customer, product, count)
    }

    /// What assigning `product` today renews: the account's term license of the
    /// same part that is still running and ends soonest, if any.
    static func renewal(of product: Product, in report: ProvisioningReport, on today: CalendarDate) -> Renewal? {
        guard case .years(let years) = product.term else { return nil }
        let running = report.cameras.compactMap { camera -> CalendarDate? in
            guard let license = camera.license, license.product == product, let expires = license.expires,
                camera.status.isCovered, expires >= today
            else { return nil }
            return expires
        }
        return running.min().map { Renewal(currentExpiry: $0, assignOn: today, years: years) }
    }
}
