import Foundation
import Hummingbird
import RemoCore
import RemoLedger

/// `POST /api/v1/session` (log in), `GET` (who is logged in), `DELETE` (log out).
struct SessionController {
    let services: WebServices

    /// `{"user": {"email", "role", "partner"}}`.
    struct UserDocument: Encodable {
        struct User: Encodable {
            let email: String
            let role: String
            let partner: String?

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(email, forKey: .email)
                try container.encode(role, forKey: .role)
                try container.encode(partner, forKey: .partner)
            }

            private enum CodingKeys: String, CodingKey { case email, role, partner }
        }

        let user: User

        init(_ user: WebUser) {
            self.user = User(email: user.email.description, role: user.role.rawValue, partner: user.partner?.rawValue)
        }
    }

    func add(public router: RouteRecorder, signedIn group: RouterGroup<SignedInContext>) {
        let services = services
        router.post("api/v1/session") { request, context in
            let fields = try await JSONFields.read(request, limit: context.maxUploadSize)
            let password = try fields.requiredString("password")
            let text = try fields.requiredString("email")
            guard let email = try? EmailAddress(text) else { throw WebError.wrongLogin }
            let acting = services.acting.acting(.user(email), from: context.client)
            let user = try await services.authenticator.logIn(email, password: password, from: context.client, acting: acting)
            let session = try await services.sessions.start(for: user, language: context.language, at: Date())
            var response = try JSONResponse.make(UserDocument(user))
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.cookie, value: session.token.value, path: "/",
                    secure: services.settings.tls != nil, httpOnly: true, sameSite: .strict))
            return response
        }
        group.get("session") { _, context in try JSONResponse.make(UserDocument(context.user)) }
        group.delete("session") { _, context in
            try await services.sessions.end(context.session.token)
            var response = Response(status: .noContent)
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/",
                    secure: services.settings.tls != nil, httpOnly: true, sameSite: .strict))
            return response
        }
    }
}
