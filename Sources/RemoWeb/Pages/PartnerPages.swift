import Hummingbird
import RemoCore
import RemoLedger

/// The partner admins' pages: stock, assignment (with the early-renewal
/// warning) and the expiring list. Others get a 403 page.
struct PartnerPages {
    let services: WebServices

    /// The user's partner, once the library's role rules let the user act on
    /// the partner's side (its stock: an admin or the partner itself; an
    /// installer or a customer is refused with the library's 403); 403 for a
    /// user without a partner.
    static func partner(of user: WebUser, services: WebServices) async throws -> Partner.Code {
        guard let partner = user.partner else { throw WebError.forbidden(WebText.errorPartnerOnly()) }
        _ = try await services.ledger.stock(of: partner, by: services.acting.acting(user.principal))
        return partner
    }

    func add(to group: RouterGroup<SignedInContext>) {
        let services = services
        group.get("admin/stock") { request, context in
            let partner = try await Self.partner(of: context.user, services: services)
            let lines = try await services.ledger.stock(of: partner, by: services.acting.acting(context.user.principal))
                .map { line -> [String: Any] in ["part": line.product.part, "available": line.available, "assigned": line.assigned] }
            return services.pages.page(
                .stock, title: WebText.stockTitle().description, data: ["lines": lines], user: context.user,
                request: request, language: context.language)
        }
        group.get("admin/assign") { request, context in
            _ = try await Self.partner(of: context.user, services: services)
            let acting = services.acting.acting(context.user.principal)
            let chosen = request.uri.queryParameters["customer"].map(String.init)
            let customers = try await services.ledger.customers(by: acting).map { customer -> [String: Any] in
                ["email": customer.email.description, "name": customer.name, "selected": customer.email.description == chosen]
            }
            let parts = Product.catalogue.filter { $0.term != .perpetual }.map { product -> [String: Any] in
                [
                    "part": product.part,
                    "name": "\(product.connection.name.description), \(product.term.name.description)",
                ]
            }
            return services.pages.page(
                .assign, title: WebText.assignTitle().description, data: ["customers": customers, "parts": parts],
                user: context.user, request: request, language: context.language)
        }
        group.get("admin/expiring") { request, context in
            _ = try await Self.partner(of: context.user, services: services)
            let days = try QueryFields(request: request).integer("days", in: 0...3660) ?? 90
            let document = try await LicenseController.expiring(days: days, user: context.user, services: services)
            let cameras = document.cameras.map { PagesController.camera($0.account, $0.camera, language: context.language) }
            return services.pages.page(
                .expiring, title: WebText.expiringTitle().description,
                data: ["cameras": cameras, "days": days, "empty": WebText.expiringEmpty(["days": .integer(days)]).description],
                user: context.user, request: request, language: context.language)
        }
    }
}
