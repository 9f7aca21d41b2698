import Hummingbird

/// `GET /health` → `{"status": "ok", "version": "..."}`, without a session.
struct HealthController {
    let version: String

    struct Health: Encodable {
        let status: String
        let version: String
    }

    func add(to router: RouteRecorder) {
        let version = version
        router.get("health") { _, _ in try JSONResponse.make(Health(status: "ok", version: version)) }
    }
}
