import Foundation
public import RemoCore

extension Ledger {
    /// Registers recorders (with their cameras), more cameras for registered
    /// recorders, and camera-direct cameras to one account: a result per input,
    /// each device in its own transaction (a recorder and its cameras all or
    /// nothing), so a batch run again after a crash registers each device once.
    ///
    /// Checks, in this order, each with its status (``RegistrationItem/Status``):
    /// the input itself (an unreadable photo, a payload that is not remo's or is
    /// damaged, a typed code whose check characters fail, a unit made before
    /// QR labels); then inside the transaction the label manifest (the serial,
    /// then the claim code), the owner (this account: success, nothing changes;
    /// another: refused), and the licenses: every camera needs an unbound
    /// license of its connection type (a recorder registered with no camera
    /// still needs one available), bound perpetual first, then term oldest
    /// first, or the ones the request names. The same unit given twice (one label
    /// in two photos) is registered once.
    ///
    /// The customer, their partner (a proxy after hand-over) or the operator may
    /// register; the registration records its method, actor and time, and an
    /// audit entry.
    ///
    /// With `dryRun`, every step runs as it would, in order, in one write
    /// transaction that is rolled back: the result says what would happen to
    /// each input (a later input sees the licenses an earlier one would take),
    /// and nothing changes.
    ///
    /// When the store fails in a step's transaction (a full disk, a lock held
    /// too long), the batch stops there: the devices before it stay registered,
    /// the failing input is ``RegistrationItem/Status/storeFailed`` with the
    /// store's message (naming the database and what to do), the later inputs
    /// that need the records ``RegistrationItem/Status/notTried``, and the
    /// result's ``RegistrationResult/storeFailure`` is the error. Running the
    /// batch again registers the rest (the done ones are already registered).
    ///
    /// - Throws: ``AccountError``, ``AccessError``, ``LedgerStoreError`` (before
    ///   anything is registered; in a dry run, whenever the store fails).
    public func register(
        _ request: RegistrationRequest, dryRun: Bool = false, by acting: Acting,
        progress: some BatchProgress = SilentProgress()
    ) async throws -> RegistrationResult {
        for count in [request.cameras] + request.inputs.compactMap(\.cameras)
        where !(0...RegistrationRequest.maximumCameras).contains(count) {
            throw RegistrationError.cameraCount(count)
        }
        let site = try Ledger.requireName(request.site)
        let limits = settings.attemptLimits
        let hasClaimCodes = request.inputs.contains { RegistrationStep($0).hasClaimCode }
        try await store.read { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(request.customer, visibleTo: actor)
            _ = try actor.requireChange(in: customer, for: .recorderRegistered, customerMay: true)
            // A user already past the claim-code limit is refused before anything is tried.
            if hasClaimCodes,
                let refusal = try records.attemptRefusal(
                    .claimCode, account: actor.attemptAccount, address: acting.address, at: acting.now, limits: limits)
            {
                throw refusal
            }
        }
        if dryRun {
            return try await rehearse { [settings] records in
                var run = RegistrationRun(request)
                for input in request.inputs {
                    guard let next = run.begin(input) else { continue }
                    do {
                        let item = try Ledger.registerStep(
                            next, request: request, site: site, by: acting, settings: settings, in: records)
                        run.finish(next.step, item)
                    } catch {
                        guard let refused = Ledger.refusedBinding(error, of: next.step) else { throw error }
                        run.finish(next.step, refused)
                    }
                }
                return RegistrationResult(items: run.items)
            }
        }
        var run = RegistrationRun(request)
        var failure: LedgerStoreError?
        defer { progress.finish() }
        for (index, input) in request.inputs.enumerated() {
            progress.advance(to: index, of: request.inputs.count)
            guard let next = run.begin(input) else { continue }
            // Once the database failed, the batch stops: the rest are not tried
            // (what needs no records still gets its result).
            if failure != nil {
                run.finish(next.step, next.step.item(.notTried, RegistrationText.notTried()))
                continue
            }
            do {
                // The step's own transaction: a refused binding rolls the whole step back.
                let item = try await store.write { [settings] records in
                    try Ledger.registerStep(next, request: request, site: site, by: acting, settings: settings, in: records)
                }
                run.finish(next.step, item)
            } catch let error as LedgerStoreError {
                // Rolled back: the step is this failure, the ones before it stay committed.
                failure = error
                run.finish(next.step, next.step.item(.storeFailed, error.message))
            } catch {
                guard let refused = Ledger.refusedBinding(error, of: next.step) else { throw error }
                run.finish(next.step, refused)
            }
        }
        progress.advance(to: request.inputs.count, of: request.inputs.count)
        return RegistrationResult(items: run.items, storeFailure: failure)
    }

    /// One step, inside a write transaction.
    ///
    /// - Throws: a refused license binding (``refusedBinding(_:of:)`` makes it
    ///   the step's result once its transaction is rolled back), store errors.
    private static func registerStep(
        _ next: RegistrationRun.Next, request: RegistrationRequest, site: String, by acting: Acting,
        settings: LedgerSettings, in records: any LedgerWriter
    ) throws -> RegistrationItem {
        let actor = try records.resolve(acting.principal)
        let customer = try records.requireCustomer(request.customer, visibleTo: actor)
        let proxy = try actor.requireChange(in: customer, for: .recorderRegistered, customerMay: true)
        let context = RegistrationContext(
            records: records, actor: actor, acting: try records.dated(acting, in: customer.timeZone), proxy: proxy,
            customer: customer, site: site, cameras: next.cameras, named: next.licenses, settings: settings)
        return try context.run(next.step, next.target)
    }

    /// The step's result when `error` is a refused license binding; nil for any other error.
    private static func refusedBinding(_ error: any Error, of step: RegistrationStep) -> RegistrationItem? {
        switch error {
        case let refusal as BindingRefusal:
            step.item(.noLicense, RegistrationText.licenseRefused(["reason": .message(refusal.message)]))
        case let refusal as LicenseBinding.BindingError:
            step.item(.noLicense, RegistrationText.licenseRefused(["reason": .message(refusal.message)]))
        default: nil
        }
    }
}

/// Why a registration request is refused as a whole.
public enum RegistrationError: Error, Hashable, Sendable, MessageProviding {
    /// The number of cameras per device is out of range.
    case cameraCount(Int)

    public var message: Message {
        switch self {
        case .cameraCount(let count):
            RegistrationText.badCameraCount([
                "min": .integer(0), "max": .integer(RegistrationRequest.maximumCameras), "count": .integer(count),
            ])
        }
    }
}

/// An input, checked as far as it can be without the records: a target to
/// register, or a refusal already decided. Each state carries only what it
/// has, so no impossible pair (a target and a refusal, or neither) compiles.
struct RegistrationStep {
    /// What proves a recorder is the registrant's to claim.
    enum Proof {
        /// The claim code on its label (a photo, a typed registration code or payload).
        case claim(ClaimCode)
        /// A unit made before QR labels, typed by its serial with its model,
        /// device ID and production month (before ``RecorderPayload/firstQRMonth``).
        case typed(model: ModelNumber, deviceID: DeviceID?, produced: YearMonth)
    }

    enum Target {
        case recorder(SerialNumber, proof: Proof)
        case addCameras(SerialNumber)
        case direct
    }

    /// Where the input stands before the records are read.
    enum Check {
        /// To be registered inside a transaction.
        case ready(Target)
        /// The result already decided (a refusal) without the records.
        case refused(RegistrationItem)
    }

    let input: String
    let method: RecorderRegistration.Method?
    let check: Check

    init(_ input: RegistrationInput) {
        self.input = input.input
        switch input.kind {
        case .scanned(let text):
            (method, check) = (.photo, Self.payload(text, input: input.input, method: .photo))
        case .unreadablePhoto(let reason):
            method = .photo
            check = .refused(
                RegistrationItem(
                    input: input.input, method: .photo, serial: nil, status: .unreadable,
                    message: RegistrationText.unreadable(["reason": .message(reason)])))
        case .typed(let text):
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            method = .code
            if trimmed.uppercased().hasPrefix(RecorderPayload.magic + ":") {
                check = Self.payload(trimmed, input: input.input, method: .code)
            } else {
                do {
                    let code = try RegistrationCode(trimmed)
                    check = .ready(.recorder(code.serial, proof: .claim(code.claimCode)))
                } catch {
                    check = Self.invalid(input.input, method: .code, error)
                }
            }
        case .serial(let serial, let model, let deviceID, let produced):
            method = .serial
            do {
                let parsed = try SerialNumber(serial)
                let produced = try YearMonth(parsing: produced.trimmingCharacters(in: .whitespaces))
                if produced >= RecorderPayload.firstQRMonth {
                    // A unit made since QR labels registers by its label: a serial alone could be anyone's.
                    check = .refused(
                        RegistrationItem(
                            input: input.input, method: .serial, serial: parsed, status: .qrUnit,
                            message: RegistrationText.serialOfQRUnit([
                                "serial": .text(parsed.rawValue), "produced": .month(produced),
                                "first": .month(RecorderPayload.firstQRMonth),
                            ])))
                } else {
                    let proof = Proof.typed(
                        model: try ModelNumber(model), deviceID: try deviceID.map { try DeviceID($0) },
                        produced: produced)
                    check = .ready(.recorder(parsed, proof: proof))
                }
            } catch let error as any MessageProviding {
                check = Self.invalid(input.input, method: .serial, error)
            } catch {
                preconditionFailure("identifier parsers throw MessageProviding errors")
            }
        case .addCameras(let serial):
            method = nil
            do {
                check = .ready(.addCameras(try SerialNumber(serial)))
            } catch {
                check = Self.invalid(input.input, method: nil, error)
            }
        case .direct:
            (method, check) = (nil, .ready(.direct))
        }
    }

    /// The refusal of an input that is not a valid remo label or code.
    private static func invalid(_ input: String, method: RecorderRegistration.Method?, _ error: any MessageProviding)
        -> Check
    {
        .refused(
            RegistrationItem(
                input: input, method: method, serial: nil, status: .invalidPayload,
                message: RegistrationText.invalidPayload(["reason": .message(error.message)])))
    }

    /// A payload's text: its unit, or the refusal (not remo's, damaged, a pre-QR unit).
    private static func payload(_ text: String, input: String, method: RecorderRegistration.Method) -> Check {
        do {
            let payload = try RecorderPayload(parsing: text)
            return .ready(.recorder(payload.unit.serial, proof: .claim(payload.claimCode)))
        } catch .preQRUnit(let produced, let serial) {
            let message = RegistrationText.preQRUnit([
                "produced": .month(produced), "first": .month(RecorderPayload.firstQRMonth),
            ])
            return .refused(
                RegistrationItem(
                    input: input, method: method, serial: try? SerialNumber(serial), status: .preQRUnit,
                    message: message))
        } catch {
            return invalid(input, method: method, error)
        }
    }

    /// The unit a recorder input names and the claim code it came with, for
    /// counting a label seen twice once (another code for the same serial is
    /// checked on its own).
    var unitKey: String? {
        guard case .ready(.recorder(let serial, let proof)) = check else { return nil }
        guard case .claim(let claim) = proof else { return serial.rawValue + ":" }
        return serial.rawValue + ":" + claim.rawValue
    }

    var isRecorder: Bool { unitKey != nil }

    /// Whether the input comes with a claim code to check (a label, a typed code).
    var hasClaimCode: Bool {
        if case .ready(.recorder(_, proof: .claim)) = check { return true }
        return false
    }

    var serial: SerialNumber? {
        switch check {
        case .ready(.recorder(let serial, _)), .ready(.addCameras(let serial)): serial
        case .ready(.direct): nil
        case .refused(let item): item.serial
        }
    }

    func item(
        _ status: RegistrationItem.Status, _ message: Message, cameras: [RegistrationItem.CameraLicense] = [],
        plan: PackPlan? = nil
    ) -> RegistrationItem {
        RegistrationItem(
            input: input, method: method, serial: serial, status: status, message: message, cameras: cameras, plan: plan)
    }
}

/// What one step's transaction works with.
struct RegistrationContext {
    let records: any LedgerWriter
    let actor: Actor
    let acting: Acting.Dated
    let proxy: EmailAddress?
    let customer: Customer
    let site: String
    let cameras: Int
    let named: [License.ID]
    let settings: LedgerSettings

    func run(_ step: RegistrationStep, _ target: RegistrationStep.Target) throws -> RegistrationItem {
        switch target {
        case .recorder(let serial, let proof):
            return try registerRecorder(step, serial: serial, proof: proof)
        case .addCameras(let serial):
            guard let recorder = try records.recorder(serial: serial), recorder.customerID == customer.id else {
                return step.item(
                    .unknownRecorder,
                    RegistrationText.unknownRecorder([
                        "serial": .text(serial.rawValue), "customer": .text(customer.email.description),
                    ]))
            }
            return try addCameras(step, count: cameras, connection: .edgeStorage, recorder: recorder, siteID: recorder.siteID)
        case .direct:
            // The site is made only when the cameras are registered: a refusal changes nothing.
            do {
                try records.requireRoom(
                    forDirectCameras: cameras, of: customer.id, atSiteNamed: site, limit: settings.directCamerasPerSite)
            } catch DeviceError.siteLimit(let site, let present, let cameras, let limit) {
                return step.item(
                    .siteLimit,
                    RegistrationText.siteLimit([
                        "site": .text(site), "present": .integer(present), "cameras": .integer(cameras),
                        "limit": .integer(limit),
                    ]))
            }
            return try addCameras(step, count: cameras, connection: .cameraDirect, recorder: nil, siteID: nil)
        }
    }

    private var customerName: Message.Argument { .text(customer.email.description) }

    private func registerRecorder(_ step: RegistrationStep, serial: SerialNumber, proof: RegistrationStep.Proof) throws
        -> RegistrationItem
    {
        let model: String
        let deviceID: String?
        var produced: YearMonth?
        switch proof {
        case .claim(let claim):
            // Counted before it is checked, forgotten when it is the label's: a
            // claim code cannot be found by trying (AttemptLimits).
            let attempt: CountedAttempt
            switch try records.countAttempt(
                .claimCode, account: actor.attemptAccount, address: acting.address, acting: acting,
                actor: actor.auditActor, limits: settings.attemptLimits, partner: customer.partnerID, customer: customer.id)
            {
            case .failure(let refusal): return step.item(.tooManyAttempts, refusal.message)
            case .success(let counted): attempt = counted
            }
            let check = try records.claimCheck(serial: serial, claimCode: claim)
            switch check {
            case .valid(let entry):
                try records.forget(attempt)
                (model, deviceID) = (entry.unit.model.rawValue, entry.unit.deviceID.rawValue)
            case .notInManifest:
                try recordWrongClaim(serial)
                return step.item(.notInManifest, RegistrationText.notInManifest(["serial": .text(serial.rawValue)]))
            case .wrongClaimCode:
                try recordWrongClaim(serial)
                return step.item(.wrongClaimCode, RegistrationText.wrongClaimCode(["serial": .text(serial.rawValue)]))
            case .revoked:
                try records.forget(attempt)
                return step.item(.wrongClaimCode, check.message)
            }
        case .typed(let typedModel, let typedDeviceID, let typedProduced):
            // A unit typed by its serial must be one without a QR label: knowing
            // a labeled unit's serial is not enough to claim it.
            if try records.manifestEntry(serial: serial) != nil {
                return step.item(.wrongClaimCode, RegistrationText.serialHasLabel(["serial": .text(serial.rawValue)]))
            }
            (model, deviceID, produced) = (typedModel.rawValue, typedDeviceID?.rawValue, typedProduced)
        }
        if let existing = try records.recorder(serial: serial) {
            guard existing.customerID == customer.id else {
                return step.item(.ownedElsewhere, RegistrationText.ownedElsewhere())
            }
            return step.item(
                .alreadyRegistered, RegistrationText.alreadyRegistered(["customer": customerName]),
                cameras: try camerasOf(existing))
        }
        let needed = max(cameras, 1)
        if let refusal = try shortage(step, needed: needed, connection: .edgeStorage) { return refusal }
        let folder = try records.site(of: customer.id, named: site, creatingFor: actor, acting, proxy: proxy)
        let recorder = try records.insertRecorder(
            customer: customer.id, site: folder.id, serial: serial.rawValue, model: model, deviceID: deviceID,
            addedOn: acting.today, produced: produced)
        try records.insertRegistration(
            recorder: recorder.id, method: step.method ?? .code, by: actor.name, on: acting.today, at: acting.now)
        let bound = try bindNewCameras(cameras, connection: .edgeStorage, recorder: recorder, siteID: folder.id, existing: 0)
        var after = [
            "recorder": recorder.id.description, "serial": serial.rawValue, "model": model,
            "method": (step.method ?? .code).rawValue, "site": folder.name,
            "cameras": bound.map(\.camera.description).joined(separator: ","),
            "licenses": bound.compactMap(\.license).rangesText,
        ]
        after["produced"] = produced?.description
        try records.recordChange(
            .recorderRegistered, by: actor, acting, onBehalfOf: proxy, subject: serial.rawValue,
            partner: customer.partnerID, customer: customer.id, after: after)
        return step.item(
            .registered,
            RegistrationText.registered([
                "cameras": .integer(bound.count), "customer": customerName, "site": .text(folder.name),
            ]), cameras: bound)
    }

    /// Audits a claim code that was not the label's (the serial and where from, never the code).
    private func recordWrongClaim(_ serial: SerialNumber) throws {
        try records.recordChange(
            .claimCodeFailed, by: actor, acting, onBehalfOf: proxy, subject: serial.rawValue, partner: customer.partnerID,
            customer: customer.id, after: ["serial": serial.rawValue, "address": acting.address])
    }

    private func addCameras(
        _ step: RegistrationStep, count: Int, connection: Connection, recorder: Recorder?, siteID: Site.ID?
    ) throws -> RegistrationItem {
        if let refusal = try shortage(step, needed: count, connection: connection) { return refusal }
        let folder =
            if let siteID, let found = try records.site(id: siteID) { found } else {
                try records.site(of: customer.id, named: site, creatingFor: actor, acting, proxy: proxy)
            }
        // Names count on from the recorder's cameras, or the site's camera-direct ones.
        let existing = try records.cameras(of: customer.id).filter {
            $0.recorderID == recorder?.id && (recorder != nil || ($0.siteID == folder.id && $0.connection == connection))
        }.count
        let bound = try bindNewCameras(
            count, connection: connection, recorder: recorder, siteID: folder.id, existing: existing)
        let siteName = folder.name
        var after = [
            "connection": connection.rawValue, "site": siteName,
            "cameras": bound.map(\.camera.description).joined(separator: ","),
            "licenses": bound.compactMap(\.license).rangesText,
        ]
        if let recorder { after["recorder"] = recorder.serial }
        try records.recordChange(
            .camerasRegistered, by: actor, acting, onBehalfOf: proxy, subject: recorder?.serial ?? siteName,
            partner: customer.partnerID, customer: customer.id, after: after)
        let message =
            if let recorder {
                RegistrationText.camerasAdded(["cameras": .integer(bound.count), "serial": .text(recorder.serial)])
            } else {
                RegistrationText.registeredDirect([
                    "cameras": .integer(bound.count), "customer": customerName, "site": .text(siteName),
                ])
            }
        return step.item(.registered, message, cameras: bound)
    }

    /// The refusal when fewer than `needed` licenses can be bound, with how many
    /// are missing and the perpetual packs that cover them; nil when enough are.
    private func shortage(_ step: RegistrationStep, needed: Int, connection: Connection) throws -> RegistrationItem? {
        let automatic = max(0, needed - named.count)
        let available = try records.bindableLicenses(
            of: customer.id, for: connection, on: acting.today, limit: automatic + named.count
        ).filter { !named.contains($0.id) }.count
        guard available < automatic else { return nil }
        let plan = try PackPlan(cameras: automatic, spare: available, connection: connection)
        let packs = plan.lines.map { Message.Argument.text("\($0.count) × \($0.product.part)") }
        let message = RegistrationText.noLicense([
            "needed": .integer(needed), "connection": .message(connection.name),
            "available": .integer(available + min(named.count, needed)), "missing": .integer(plan.needed),
        ])
        return step.item(
            .noLicense, RegistrationText.noLicensePlan(["shortage": .message(message), "plan": .list(packs)]), plan: plan)
    }

    /// Adds `count` cameras, named on from `existing`, and binds each a license:
    /// the named ones first, then the first available (perpetual first, term oldest first).
    private func bindNewCameras(
        _ count: Int, connection: Connection, recorder: Recorder?, siteID: Site.ID, existing: Int
    ) throws -> [RegistrationItem.CameraLicense] {
        guard count > 0 else { return [] }
        let base = recorder?.serial ?? connection.rawValue
        let automatic = try records.bindableLicenses(
            of: customer.id, for: connection, on: acting.today, limit: count + named.count
        ).filter { !named.contains($0.id) }
        var pool = automatic[...]
        var bound: [RegistrationItem.CameraLicense] = []
        for index in 0..<count {
            // The named ones first, then the pool read once for the step (a
            // shortage was refused before; `.automatic` would refuse it again).
            let choice: LicenseChoice =
                index < named.count ? .named(named[index]) : pool.popFirst().map { .named($0.id) } ?? .automatic
            let (camera, license) = try records.admitCamera(
                to: customer.id, site: siteID, recorder: recorder?.id, connection: connection,
                name: "\(base)-\(existing + index + 1)", license: choice, method: .registration, on: acting.today,
                at: acting.now)
            bound.append(RegistrationItem.CameraLicense(camera: camera.id, license: license.id))
        }
        return bound
    }

    /// A registered recorder's cameras and their current licenses.
    private func camerasOf(_ recorder: Recorder) throws -> [RegistrationItem.CameraLicense] {
        try records.cameras(of: customer.id).filter { $0.recorderID == recorder.id }.map { camera in
            let current = try records.bindings(ofCamera: camera.id).last(where: \.isCurrent)
            return RegistrationItem.CameraLicense(camera: camera.id, license: current?.licenseID)
        }
    }
}
