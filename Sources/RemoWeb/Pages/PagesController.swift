import Foundation
import Hummingbird
import RemoCore
import RemoLedger

/// The pages: `/` (log in), `/scan`, `/customers`, `/customers/{email}`, and
/// the partner admins' `/admin/stock`, `/admin/assign`, `/admin/expiring`;
/// their script and style sheet under `/assets/`.
struct PagesController {
    let services: WebServices

    func add(public router: RouteRecorder, signedIn group: RouterGroup<SignedInContext>) {
        let services = services
        router.get("assets/remo.js") { _, _ in WebAssets.response(WebAssets.script, type: "text/javascript; charset=utf-8") }
        router.get("assets/remo.css") { _, _ in WebAssets.response(WebAssets.styleSheet, type: "text/css; charset=utf-8") }
        router.get("/") { request, context in
            if case .signedIn = context.visitor {
                return Response(status: .seeOther, headers: [.location: "/scan"])
            }
            let next = request.uri.queryParameters["next"].map(String.init) ?? ""
            return services.pages.page(
                .login, title: WebText.loginTitle().description, data: ["next": next], user: nil, request: request,
                language: context.language)
        }
        group.get("scan") { request, context in
            let acting = services.acting.acting(context.user.principal)
            let chosen = request.uri.queryParameters["customer"].map(String.init)
            let customers = try await services.ledger.customers(by: acting).map { customer -> [String: Any] in
                ["email": customer.email.description, "name": customer.name, "selected": customer.email.description == chosen]
            }
            return services.pages.page(
                .scan, title: WebText.scanTitle().description,
                data: ["customers": customers, "hasCustomers": !customers.isEmpty], user: context.user, request: request,
                language: context.language)
        }
        group.get("customers") { request, context in
            let acting = services.acting.acting(context.user.principal)
            let customers = try await services.ledger.customers(by: acting).map { customer -> [String: Any] in
                ["email": customer.email.description, "name": customer.name]
            }
            return services.pages.page(
                .customers, title: WebText.customersTitle().description, data: ["customers": customers],
                user: context.user, request: request, language: context.language)
        }
        group.get("customers/:email") { request, context in
            let email = try CustomerController.email(context.parameters.get("email") ?? "")
            let today = try QueryFields(request: request).day("today")
            let acting = services.acting.acting(context.user.principal, reading: today)
            let report = try await services.ledger.provisioningReport(.customer(email), by: acting)
            let accounts = report.accounts.map { Self.account($0, report: report, today: today, language: context.language) }
            return services.pages.page(
                .report, title: WebText.reportTitle().description, data: ["account": accounts], user: context.user,
                request: request, language: context.language)
        }
        PartnerPages(services: services).add(to: group)
    }

    /// A report account as the page shows it.
    static func account(
        _ account: ProvisioningReport.Account, report: ProvisioningReport, today: CalendarDate?, language: Language
    ) -> [String: Any] {
        [
            "customer": account.customer.description, "customerName": account.customerName,
            "partnerName": account.partnerName,
            "day": WebText.reportDay(["date": .date(report.today)]).rendered(in: language),
            "todayQuery": today.map { "&today=\($0)" } ?? "",
            "counts": account.counts.map { count in
                WebText.countsLine([
                    "connection": .message(count.connection.name), "cameras": .integer(count.cameras),
                    "licenses": .integer(count.licenses),
                ]).rendered(in: language)
            },
            "cameras": account.cameras.map { camera(account.customer, $0, language: language) },
        ]
    }

    /// A camera of a report (or of the expiring list) as a card.
    static func camera(_ customer: EmailAddress, _ camera: ProvisioningReport.Camera, language: Language) -> [String: Any] {
        let attention: String =
            switch camera.attention {
            case .none: "fine"
            case .expiring: "expiring"
            case .notCovered: "notCovered"
            }
        var card: [String: Any] = [
            "customer": customer.description, "name": camera.name, "site": camera.site,
            "connection": camera.connection.name.rendered(in: language), "status": camera.status.name.rendered(in: language),
            "attention": attention, "license": camera.license.map { "\($0.product.part) (#\($0.id))" } ?? "—",
        ]
        card["recorder"] = camera.recorder
        card["expires"] = camera.license?.expires?.formatted(in: language)
        card["daysLeft"] = camera.daysLeft.map(String.init)
        return card
    }
}
