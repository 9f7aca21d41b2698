package import ArgumentParser
import Foundation
import RemoCore
import RemoLedger

/// `remo tick`: automatic assignments at expiry and notices due, up to `--today`.
package struct TickCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "tick", abstract: LedgerCommandText.tickAbstract().description,
            discussion: LedgerCommandText.tickDiscussion().description)
    }

    @OptionGroup package var global: GlobalOptions

    package init() {}

    package func run() async throws {
        let acting = try global.acting()
        let result = try await global.openLedger().tick(by: acting)
        try Report(result: result, today: result.today).print(json: global.json)
    }

    /// `{"today", "bindings": [{"camera", "license", "boundOn", "kind"}], "notices": [notice]}`,
    /// `kind` `at-expiry` or `restoration`.
    struct Report: LedgerReport {
        let result: TickResult
        let today: CalendarDate

        private struct Bound: Encodable {
            let camera: Int64
            let license: Int64
            let boundOn: CalendarDate
            let kind: String
        }

        private enum CodingKeys: String, CodingKey { case today, bindings, notices }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(today, forKey: .today)
            try container.encode(
                result.bindings.map {
                    Bound(camera: $0.camera.rawValue, license: $0.license.rawValue, boundOn: $0.boundOn, kind: $0.kind.rawValue)
                },
                forKey: .bindings)
            try container.encode(result.notices.map(NoticeView.init), forKey: .notices)
        }

        func text() -> String {
            var lines = [
                LedgerCommandText.tickSummary([
                    "date": .date(today), "bindings": .integer(result.bindings.count),
                    "notices": .integer(result.notices.count),
                ]).description
            ]
            if !result.bindings.isEmpty {
                var table = TextTable(
                    header: [
                        LedgerCommandText.labelCamera().description, LedgerCommandText.labelLicense().description,
                        LedgerCommandText.labelBoundOn().description, "",
                    ], alignments: [.right, .right])
                for binding in result.bindings {
                    table.append([
                        binding.camera.description, binding.license.description, binding.boundOn.formatted(in: Language.current),
                        binding.kind == .restoration ? LedgerCommandText.tickRestored().description : "",
                    ])
                }
                lines.append(table.rendered())
            }
            if !result.notices.isEmpty { lines.append(NoticesCommand.table(result.notices)) }
            return lines.joined(separator: "\n\n")
        }
    }
}

/// `remo notices [--pending] [--write]`: the notice queue.
package struct NoticesCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "notices", abstract: LedgerCommandText.noticesAbstract().description,
            discussion: LedgerCommandText.noticesDiscussion().description)
    }

    @Flag(help: ArgumentHelp(LedgerCommandText.helpPending().description))
    package var pending = false

    @Flag(help: ArgumentHelp(LedgerCommandText.helpWrite().description))
    package var write = false

    @Option(help: ArgumentHelp(LedgerCommandText.helpOutbox().description, valueName: "folder"))
    package var outbox: String?

    @OptionGroup package var global: GlobalOptions

    package init() {}

    package func run() async throws {
        let ledger = try global.openLedger(outbox: outbox)
        let acting = try global.acting()
        if write {
            let written = try await ledger.writeNotices(by: acting)
            try Written(files: written).print(json: global.json)
        } else {
            try Queue(notices: try await ledger.notices(pendingOnly: pending, by: acting)).print(json: global.json)
        }
    }

    /// `[notice]`.
    struct Queue: LedgerReport {
        let notices: [QueuedNotice]

        func encode(to encoder: any Encoder) throws { try notices.map(NoticeView.init).encode(to: encoder) }
        func text() -> String { NoticesCommand.table(notices) }
    }

    /// `[{"notice", "file"}]`.
    struct Written: LedgerReport {
        let files: [(notice: QueuedNotice, path: String)]

        private struct File: Encodable {
            let notice: Int64
            let file: String
        }

        func encode(to encoder: any Encoder) throws {
            try files.map { File(notice: $0.notice.id.rawValue, file: $0.path) }.encode(to: encoder)
        }

        func text() -> String {
            LedgerCommandText.noticesWritten(["count": .integer(files.count)]).description
                + files.map { "\n" + $0.path }.joined()
        }
    }

    /// The notices as a table for people.
    static func table(_ notices: [QueuedNotice]) -> String {
        let language = Language.current
        var table = TextTable(
            header: [
                LedgerCommandText.labelDue().description, LedgerCommandText.labelAudience().description,
                LedgerCommandText.labelRecipient().description, LedgerCommandText.labelLicense().description,
                LedgerCommandText.labelExpires().description, LedgerCommandText.labelAction().description,
                LedgerCommandText.labelWritten().description,
            ], alignments: [.left, .left, .left, .right])
        for notice in notices {
            table.append([
                notice.due.formatted(in: language), notice.audience.name.description, notice.recipient.description,
                notice.licenseID.description, notice.expires.formatted(in: language), notice.action.message.description,
                notice.written == nil ? "" : LedgerCommandText.yes().description,
            ])
        }
        return table.rendered()
    }
}

/// A queued notice: `{"id", "license", "customer", "audience", "recipient",
/// "daysBefore", "due", "expires", "action", "queuedOn", "written"}`.
struct NoticeView: Encodable {
    let id: Int64
    let license: Int64
    let customer: Int64
    let audience: String
    let recipient: String
    let daysBefore: Int
    let due: CalendarDate
    let expires: CalendarDate
    let action: String
    let queuedOn: CalendarDate
    @Nullable var written: String?

    init(_ notice: QueuedNotice) {
        id = notice.id.rawValue
        license = notice.licenseID.rawValue
        customer = notice.customerID.rawValue
        audience = notice.audience.rawValue
        recipient = notice.recipient.description
        daysBefore = notice.daysBefore
        due = notice.due
        expires = notice.expires
        action = notice.action.rawValue
        queuedOn = notice.queuedOn
        written = notice.written?.formattedForPeople()
    }

}
