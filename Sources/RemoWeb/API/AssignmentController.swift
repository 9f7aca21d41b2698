import Hummingbird
import RemoCore
import RemoLedger

/// `POST /api/v1/assignments/preview` (what an assignment would do, with the
/// early-renewal warning) and `POST /api/v1/assignments` (assign, confirmed:
/// the `remo license assign --json` document). Partner admins only.
struct AssignmentController {
    let services: WebServices

    /// `{"question", "renewal", "renewals"}`: the sentence to confirm, the
    /// advice per camera renewed early, one line each (null when nothing is
    /// renewed), and those cameras (`RenewedCameraDocument`: `daysLost` each).
    struct Preview: Encodable {
        let question: String
        let renewals: [RenewedCamera]

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(question, forKey: .question)
            let advice = renewals.map(\.advice.description).joined(separator: "\n")
            try container.encode(advice.isEmpty ? nil : advice, forKey: .renewal)
            try container.encode(renewals.map(RenewedCameraDocument.init), forKey: .renewals)
        }

        private enum CodingKeys: String, CodingKey { case question, renewal, renewals }
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
            let renewals = try await services.ledger.assignmentPreview(
                partner: partner, customer: customer, part: product.part, count: count, by: acting)
            let question = WebText.assignIrreversible([
                "count": .integer(count), "part": .text(product.part), "customer": .text(customer.description),
            ])
            return try JSONResponse.make(Preview(question: question.description, renewals: renewals))
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
}
