import Hummingbird
import RemoCore
import RemoLedger

/// `GET /api/v1/licenses/expiring?days=90`: the cameras whose license ends
/// within that many days, soonest first, in the accounts the user may see.
struct LicenseController {
    let services: WebServices

    func add(to group: RouterGroup<SignedInContext>) {
        let services = services
        group.get("licenses/expiring") { request, context in
            let days = try QueryFields(request: request).integer("days", in: 0...3660) ?? 90
            return try JSONResponse.make(try await Self.expiring(days: days, user: context.user, services: services))
        }
    }

    /// The expiring list of the user's partner, or of their own account.
    static func expiring(days: Int, user: WebUser, services: WebServices) async throws -> ExpiringDocument {
        let scope: ReportScope =
            switch (user.role, user.partner) {
            case (.admin, let partner?), (.installer, let partner?): .partner(partner)
            default: .customer(user.email)
            }
        let acting = services.acting.acting(user.principal)
        let report = try await services.ledger.provisioningReport(scope, filter: ReportFilter(expiringWithin: days), by: acting)
        return ExpiringDocument(report, days: days)
    }
}
