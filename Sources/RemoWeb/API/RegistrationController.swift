import Foundation
import Hummingbird
import RemoCore
import RemoLedger

/// `POST /api/v1/registrations`: JSON (typed codes, each with its cameras)
/// or `multipart/form-data` (photos) → the `remo register --json` document, a
/// result per input; `200` even when inputs were refused.
struct RegistrationController {
    let services: WebServices

    /// What to register: inputs, each with its camera count, for one account and site.
    struct Plan {
        var customer: EmailAddress
        var site: String
        var cameras: Int
        var inputs: [RegistrationInput]
    }

    func add(to group: RouterGroup<SignedInContext>) {
        let services = services
        group.post("registrations") { request, context in
            let type = request.headers[.contentType] ?? ""
            let acting = services.acting.acting(context.user.principal, from: context.client)
            if type.lowercased().hasPrefix("multipart/") {
                let boundary = try MultipartUpload.boundary(of: type)
                return try await UploadFolder.with(in: services.settings.uploadFolder) { folder in
                    let parts = try await MultipartUpload(boundary: boundary, limits: services.settings.limits, folder: folder)
                        .read(request.body)
                    let plan = try await Self.plan(parts, photos: services.photos)
                    return try JSONResponse.make(try await Self.register(plan, ledger: services.ledger, acting: acting))
                }
            }
            let fields = try await JSONFields.read(request, limit: context.maxUploadSize)
            return try JSONResponse.make(try await Self.register(try Self.plan(fields), ledger: services.ledger, acting: acting))
        }
    }

    /// A JSON request: `{"customer", "site", "cameras", "codes", "items", "serials", "direct"}`.
    static func plan(_ fields: JSONFields) throws -> Plan {
        let customer = try fields.email("customer")
        let site = try Self.site(try fields.string("site") ?? RegistrationRequest.defaultSite)
        let cameras = try fields.integer("cameras", in: 0...RegistrationRequest.maximumCameras) ?? 1
        var inputs: [RegistrationInput] = []
        for code in try fields.strings("codes") {
            inputs.append(RegistrationInput(input: code, kind: .typed(code)))
        }
        for item in try fields.objects("items") {
            let code = try item.requiredString("code")
            let count = try item.integer("cameras", in: 0...RegistrationRequest.maximumCameras)
            inputs.append(RegistrationInput(input: code, kind: .typed(code), cameras: count))
        }
        for unit in try fields.objects("serials") {
            let serial = try unit.requiredString("serial")
            let model = try unit.requiredString("model")
            // The production month is required and must be before 2024-07: RemoLedger checks and records it.
            let produced = try unit.requiredString("produced")
            do {
                _ = try YearMonth(parsing: produced)
            } catch {
                throw WebError.badField(unit.name("produced"), reason: error.message)
            }
            let kind = RegistrationInput.Kind.serial(
                serial: serial, model: model, deviceID: try unit.string("deviceId"), produced: produced)
            inputs.append(RegistrationInput(input: serial, kind: kind))
        }
        if try fields.boolean("direct") == true {
            inputs.append(RegistrationInput(input: site, kind: .direct))
        }
        guard !inputs.isEmpty else { throw WebError.badField("codes", reason: WebText.errorNeedsCodes()) }
        return Plan(customer: customer, site: site, cameras: cameras, inputs: inputs)
    }

    /// A form with `customer`, `site`, `cameras` and `photo` parts.
    static func plan(_ parts: [UploadedPart], photos: PhotoReader) async throws -> Plan {
        try UploadedPart.requireNames(parts, in: ["customer", "site", "cameras", "photo"])
        func field(_ name: String) -> String? { parts.first { $0.name == name }?.text }
        guard let customerText = field("customer") else { throw WebError.missingField("customer") }
        let customer: EmailAddress
        do {
            customer = try EmailAddress(customerText)
        } catch {
            throw WebError.badField("customer", reason: error.message)
        }
        var cameras = 1
        if let text = field("cameras") {
            guard let count = Int(text.trimmingCharacters(in: .whitespaces)), (0...RegistrationRequest.maximumCameras).contains(count) else {
                throw WebError.badField(
                    "cameras", reason: WebText.errorNotANumber(["text": .text(text), "min": 0, "max": .integer(RegistrationRequest.maximumCameras)]))
            }
            cameras = count
        }
        guard PhotoReader.anyImage(parts) else { throw WebError.noImage }
        let inputs = await photos.inputs(PhotoReader.files(parts))
        return Plan(
            customer: customer, site: try Self.site(field("site") ?? RegistrationRequest.defaultSite), cameras: cameras,
            inputs: inputs)
    }

    /// A site's name, refused by the field's name when RemoCore's name rule
    /// (``DisplayName``) refuses it.
    static func site(_ name: String) throws -> String {
        do {
            return try DisplayName.validated(name)
        } catch {
            throw WebError.badField("site", reason: error.message)
        }
    }

    /// Registers the plan: one library request, each input with its camera count.
    static func register(_ plan: Plan, ledger: Ledger, acting: Acting) async throws -> RegistrationDocument {
        let request = RegistrationRequest(customer: plan.customer, inputs: plan.inputs, cameras: plan.cameras, site: plan.site)
        return RegistrationDocument(items: try await ledger.register(request, by: acting).items)
    }
}
