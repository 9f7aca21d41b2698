package import ArgumentParser
import Foundation
package import RemoCore
import RemoLedger

/// `remo camera`: cameras in a contract user's account.
package struct CameraCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "camera", abstract: LedgerCommandText.cameraAbstract().description,
            subcommands: [Add.self, List.self, Fail.self])
    }

    package init() {}

    /// `remo camera add --customer EMAIL --site NAME --connection edge-storage|camera-direct --name NAME`.
    package struct Add: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: LedgerCommandText.cameraAddAbstract().description,
                discussion: LedgerCommandText.cameraAddDiscussion().description)
        }

        @OptionGroup package var target: CustomerCommand.Target

        @Option(help: ArgumentHelp(LedgerCommandText.helpSite().description, valueName: "name"))
        package var site: String

        @Option(help: ArgumentHelp(LedgerCommandText.helpConnection().description, valueName: "edge-storage|camera-direct"))
        package var connection: Connection

        @Option(help: ArgumentHelp(LedgerCommandText.helpCameraName().description, valueName: "name"))
        package var name: String

        @OptionGroup package var global: GlobalOptions
        @Option(help: ArgumentHelp(LedgerCommandText.helpLicense().description, valueName: "id"))
        package var license: Int64?

        package init() {}

        package func run() async throws {
            let (camera, bound) = try await global.openLedger().addCamera(
                to: target.customer, site: site, connection: connection, name: name,
                license: license.map { .named(License.ID($0)) } ?? .automatic, by: try global.acting())
            try Report(cameras: [CameraView(camera, site: site, license: bound.id)], added: true).print(json: global.json)
        }
    }

    /// `remo camera list --customer EMAIL`.
    package struct List: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.cameraListAbstract().description)
        }

        @OptionGroup package var target: CustomerCommand.Target

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let ledger = try global.openLedger()
            let acting = try global.acting()
            let cameras = try await ledger.cameras(of: target.customer, by: acting)
            let sites = Dictionary(uniqueKeysWithValues: try await ledger.sites(of: target.customer, by: acting).map { ($0.id, $0.name) })
            try Report(cameras: cameras.map { CameraView($0, site: sites[$0.siteID] ?? "") }, added: false)
                .print(json: global.json)
        }
    }

    /// `remo camera fail --customer EMAIL --camera ID`.
    package struct Fail: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.cameraFailAbstract().description)
        }

        @OptionGroup package var target: CustomerCommand.Target

        @Option(help: ArgumentHelp(LedgerCommandText.helpCamera().description, valueName: "id"))
        package var camera: Int64

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let ledger = try global.openLedger()
            let acting = try global.acting()
            let failed = try await ledger.markCameraFailed(Camera.ID(camera), of: target.customer, by: acting)
            let site = try await ledger.sites(of: target.customer, by: acting).first { $0.id == failed.siteID }?.name ?? ""
            try Report(cameras: [CameraView(failed, site: site)], added: false, failed: true).print(json: global.json)
        }
    }

    struct Report: LedgerReport {
        let cameras: [CameraView]
        let added: Bool
        var failed = false

        func encode(to encoder: any Encoder) throws {
            if added || failed, let camera = cameras.first { try camera.encode(to: encoder) } else { try cameras.encode(to: encoder) }
        }

        func text() -> String {
            if failed, let camera = cameras.first {
                return LedgerCommandText.cameraMarkedFailed([
                    "id": .integer(Int(camera.id)), "date": .date(camera.failed ?? camera.added),
                ]).description
            }
            if added, let camera = cameras.first {
                return LedgerCommandText.cameraAdded([
                    "id": .integer(Int(camera.id)), "name": .text(camera.name), "site": .text(camera.site),
                    "license": .integer(Int(camera.license ?? 0)),
                ]).description
            }
            var table = TextTable(
                header: [
                    LedgerCommandText.labelCamera().description, LedgerCommandText.labelName().description,
                    LedgerCommandText.labelConnection().description, LedgerCommandText.labelSite().description,
                    LedgerCommandText.labelFailed().description,
                ], alignments: [.right])
            for camera in cameras {
                table.append([
                    String(camera.id), camera.name, Connection(rawValue: camera.connection)?.name.description ?? camera.connection,
                    camera.site,
                    camera.failed?.formatted(in: Language.current) ?? "",
                ])
            }
            return table.rendered()
        }
    }
}
