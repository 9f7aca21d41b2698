package import ArgumentParser
import Foundation
import RemoCore

/// `remo config [--json]`: each setting in force and where it came from.
package struct ConfigCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "config", abstract: ConfigText.configAbstract().description,
            discussion: ConfigText.configDiscussion().description)
    }

    @OptionGroup package var global: GlobalOptions

    @Option(name: .customLong("label-key"), help: .hidden)
    package var labelKey: String?

    package init() {}

    package func run() async throws {
        try Report(settings: try global.settings(labelKey: labelKey)).print(json: global.json)
    }

    struct Report: LedgerReport {
        let settings: CommandSettings

        enum CodingKeys: String, CodingKey {
            case file, settings
        }

        enum SettingKeys: String, CodingKey {
            case value, source, from
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(settings.file.path, forKey: .file)
            var all = container.nestedContainer(keyedBy: AnyKey.self, forKey: .settings)
            for value in settings.all {
                var one = all.nestedContainer(keyedBy: SettingKeys.self, forKey: AnyKey(value.key.rawValue))
                try one.encode(value.value, forKey: .value)
                try one.encode(value.source.code, forKey: .source)
                switch value.source {
                case .option(let name), .environment(let name), .file(let name): try one.encode(name, forKey: .from)
                case .byDefault: try one.encodeNil(forKey: .from)
                }
            }
        }

        func text() -> String {
            var table = TextTable(header: [ConfigText.configHeading(), ConfigText.configValueHeading(), ConfigText.configSourceHeading()].map(\.description))
            for value in settings.all {
                table.append([value.key.rawValue, value.value ?? ConfigText.configNotSet().description, value.source.message.description])
            }
            return ConfigText.configFileLine(["path": .text(settings.file.path)]).description + "\n" + table.rendered()
        }
    }
}

/// A JSON key made at run time.
struct AnyKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
