package import ArgumentParser
import Foundation
import RemoCore
package import RemoLedger

/// `remo register --customer EMAIL (--photo IMG... | --code REGCODE... |
/// --serial S --model M --produced YYYY-MM | --recorder SERIAL | --direct) [--cameras N] [--site NAME] [--license ID...]`.
package struct RegisterCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "register", abstract: RegisterCommandText.abstract().description,
            discussion: RegisterCommandText.discussion().description)
    }

    @OptionGroup package var target: CustomerCommand.Target

    @Option(
        name: .customLong("photo"), parsing: .upToNextOption,
        help: ArgumentHelp(RegisterCommandText.helpPhoto().description, valueName: "image"))
    package var photos: [String] = []

    @Option(
        name: .customLong("code"), parsing: .upToNextOption,
        help: ArgumentHelp(RegisterCommandText.helpCode().description, valueName: "regcode"))
    package var codes: [String] = []

    @Option(help: ArgumentHelp(RegisterCommandText.helpSerial().description, valueName: "serial"))
    package var serial: String?

    @Option(help: ArgumentHelp(RegisterCommandText.helpModel().description, valueName: "model"))
    package var model: String?

    @Option(help: ArgumentHelp(RegisterCommandText.helpProduced().description, valueName: "yyyy-mm"))
    package var produced: String?

    @Option(name: .customLong("device-id"), help: ArgumentHelp(RegisterCommandText.helpDeviceID().description, valueName: "hex"))
    package var deviceID: String?

    @Option(help: ArgumentHelp(RegisterCommandText.helpRecorder().description, valueName: "serial"))
    package var recorder: String?

    @Flag(help: ArgumentHelp(RegisterCommandText.helpDirect().description))
    package var direct = false

    @Option(help: ArgumentHelp(RegisterCommandText.helpCameras().description, valueName: "n"))
    package var cameras = 1

    @Option(help: ArgumentHelp(RegisterCommandText.helpSite().description, valueName: "name"))
    package var site = RegistrationRequest.defaultSite

    @Option(name: .customLong("license"), help: ArgumentHelp(RegisterCommandText.helpLicense().description, valueName: "id"))
    package var licenses: [Int64] = []

    @Flag(help: ArgumentHelp(LedgerCommandText.helpDryRunRegister().description))
    package var dryRun = false

    @OptionGroup package var table: TableOptions

    @OptionGroup package var global: GlobalOptions

    package init() {}

    package func validate() throws {
        guard !photos.isEmpty || !codes.isEmpty || serial != nil || recorder != nil || direct else {
            throw ValidationError(RegisterCommandText.noInput().description)
        }
        guard (serial == nil) == (model == nil), (serial == nil) == (produced == nil), deviceID == nil || serial != nil else {
            throw ValidationError(RegisterCommandText.modelNeedsSerial().description)
        }
        guard (0...RegistrationRequest.maximumCameras).contains(cameras) else {
            throw ValidationError(RegistrationError.cameraCount(cameras).message.description)
        }
    }

    /// The typed inputs, in the order of the options' kinds: codes, serial, recorder, direct.
    package func typedInputs() -> [RegistrationInput] {
        var inputs = codes.map { RegistrationInput(input: $0, kind: .typed($0)) }
        if let serial, let model, let produced {
            inputs.append(
                RegistrationInput(
                    input: serial, kind: .serial(serial: serial, model: model, deviceID: deviceID, produced: produced)))
        }
        if let recorder { inputs.append(RegistrationInput(input: recorder, kind: .addCameras(serial: recorder))) }
        if direct { inputs.append(RegistrationInput(input: site, kind: .direct)) }
        return inputs
    }

    package func run() async throws {
        let acting = try global.acting()
        let ledger = try global.openLedger()
        var inputs: [RegistrationInput] = []
        if !photos.isEmpty {
            let reading = TerminalProgress(label: RegisterCommandText.decodingProgress().description, json: global.json)
            inputs = await RegistrationPhotos().inputs(photos, progress: reading)
        }
        inputs += typedInputs()
        let request = RegistrationRequest(
            customer: target.customer, inputs: inputs, cameras: cameras, site: site, licenses: licenses.map { License.ID($0) })
        let progress = FaultingProgress(
            TerminalProgress(label: RegisterCommandText.registeringProgress().description, json: global.json))
        let result = try await ledger.register(request, dryRun: dryRun, by: acting, progress: progress)
        try RegistrationReport(result: result, dryRun: dryRun, width: table.width).print(json: global.json)
        guard result.succeeded else { throw ExitCode.failure }
    }
}

/// Shows progress, and for the tests dies (SIGKILL) once `REMO_FAULT=register-after:N`
/// inputs are done: a batch killed half-way.
struct FaultingProgress: BatchProgress {
    let inner: TerminalProgress
    let killAfter: Int?

    init(_ inner: TerminalProgress, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.inner = inner
        let fault = environment["REMO_FAULT"] ?? ""
        killAfter = fault.hasPrefix("register-after:") ? Int(fault.dropFirst("register-after:".count)) : nil
    }

    func advance(to completed: Int, of total: Int) {
        if let killAfter, completed == killAfter { kill(getpid(), SIGKILL) }
        inner.advance(to: completed, of: total)
    }

    func finish() { inner.finish() }
}

/// `remo register`'s output: the JSON of `RegistrationDocument` (the web app's
/// answer too), or a table for people.
struct RegistrationReport: LedgerReport {
    let result: RegistrationResult
    var dryRun = false
    /// The terminal's width, or nil for full lines.
    var width: Int?

    func encode(to encoder: any Encoder) throws {
        try RegistrationDocument(result).encode(to: encoder)
    }

    func text() -> String {
        var table = TextTable(header: [
            RegisterCommandText.columnInput().description, RegisterCommandText.columnSerial().description,
            RegisterCommandText.columnCameras().description, RegisterCommandText.columnResult().description,
        ], overflows: [.elide, .keep, .elide, .below])
        for item in result.items {
            let cameras = item.cameras.map { camera in
                camera.license.map { "\(camera.camera.rawValue) (\($0.rawValue))" } ?? "\(camera.camera.rawValue)"
            }
            let input = ([item.input] + item.alsoIn).map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
            table.append([input, item.serial?.rawValue ?? "", cameras.joined(separator: " "), item.message.description])
        }
        let summary = dryRun ? LedgerCommandText.registrationDryRun().description : result.summary.description
        return table.rendered(width: width) + "\n\n" + summary
    }

    /// The refused inputs' count, and the database's failure (naming it and
    /// what to do) when it stopped the batch.
    var warnings: [Message] {
        let refused = result.refused > 0 ? [RegistrationText.summaryRefused(["refused": .integer(result.refused)])] : []
        return refused + [result.storeFailure?.message].compactMap { $0 }
    }
}
