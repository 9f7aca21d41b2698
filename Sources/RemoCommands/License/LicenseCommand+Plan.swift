package import ArgumentParser
package import RemoCore

extension LicenseCommand {
    /// `remo license plan`: the fewest perpetual packs for a number of cameras.
    package struct Plan: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LicenseCommandText.planAbstract().description)
        }

        @Option(help: ArgumentHelp(LicenseCommandText.helpCameras().description, valueName: "n"))
        package var cameras: Int

        @Option(help: ArgumentHelp(LicenseCommandText.helpSpare().description, valueName: "k"))
        package var spare: Int = 0

        @Option(help: ArgumentHelp(LicenseCommandText.helpConnection().description, valueName: "edge-storage|camera-direct"))
        package var connection: Connection = .edgeStorage

        @OptionGroup package var global: ToolOptions

        package init() {}

        package func validate() throws {
            _ = try plan()
        }

        /// The plan, or the reason there is none as a command-line error.
        package func plan() throws -> PackPlan {
            do {
                return try PackPlan(cameras: cameras, spare: spare, connection: connection)
            } catch {
                throw ValidationError(error.description)
            }
        }

        package func run() async throws {
            try Report(plan: plan()).print(json: global.json)
        }

        /// `{"packs": [{"part", "cameras", "count"}], "registrations", "connection", "cameras", "spare", "needed"}`.
        package struct Report: LicenseReport {
            package let plan: PackPlan

            package init(plan: PackPlan) {
                self.plan = plan
            }

            private enum CodingKeys: String, CodingKey { case packs, registrations, connection, cameras, spare, needed }
            private struct Pack: Encodable {
                let part: String
                let cameras: Int
                let count: Int
            }

            package func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(
                    plan.lines.map { Pack(part: $0.product.part, cameras: $0.product.packSize, count: $0.count) },
                    forKey: .packs)
                try container.encode(plan.registrations, forKey: .registrations)
                try container.encode(plan.connection, forKey: .connection)
                try container.encode(plan.cameras, forKey: .cameras)
                try container.encode(plan.spare, forKey: .spare)
                try container.encode(plan.needed, forKey: .needed)
            }

            package func text() -> String {
                let arguments: KeyValuePairs<String, Message.Argument> = [
                    "cameras": .integer(plan.cameras), "spare": .integer(plan.spare), "needed": .integer(plan.needed),
                    "registrations": .integer(plan.registrations), "connection": .message(plan.connection.name),
                ]
                guard !plan.lines.isEmpty else { return LicenseCommandText.planNothingToBuy(arguments).description }
                var table = TextTable(
                    header: [
                        LicenseCommandText.labelPart().description, LicenseCommandText.labelPackCameras().description,
                        LicenseCommandText.labelCount().description,
                    ],
                    alignments: [.left, .right, .right])
                for line in plan.lines {
                    table.append([line.product.part, String(line.product.packSize), String(line.count)])
                }
                return table.rendered() + "\n\n" + LicenseCommandText.planSummary(arguments).description
            }
        }
    }
}
