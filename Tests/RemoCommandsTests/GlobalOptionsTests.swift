import ArgumentParser
import Foundation
import RemoCommands
import RemoCore
import Testing

struct GlobalOptionsTests {
    static let noConfig = ["XDG_CONFIG_HOME": "/nonexistent/remo-config", "HOME": "/home/clerk"]

    @Test func databaseComesFromOptionThenEnvironmentThenConfigurationThenTheUsersDataFolder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.path("remo"), withIntermediateDirectories: true)
        try Data("# the clerk's\ndatabase = \"/srv/remo/ledger.sqlite\"\n".utf8)
            .write(to: URL(fileURLWithPath: directory.path("remo/config.toml")))
        let configured = ["XDG_CONFIG_HOME": directory.url.path, "HOME": "/home/clerk"]
        let env = Self.noConfig
        #expect(try GlobalOptions.parse(["--db", "a.sqlite"]).resolvedDatabasePath(environment: env.merging(["REMO_DB": "b"]) { $1 }) == "a.sqlite")
        #expect(try GlobalOptions.parse([]).resolvedDatabasePath(environment: configured.merging(["REMO_DB": "b.sqlite"]) { $1 }) == "b.sqlite")
        #expect(try GlobalOptions.parse([]).resolvedDatabasePath(environment: configured) == "/srv/remo/ledger.sqlite")
        #expect(try GlobalOptions.parse([]).resolvedDatabasePath(environment: env) == "/home/clerk/.local/share/remo/remo.sqlite")
        #expect(
            try GlobalOptions.parse([]).resolvedDatabasePath(environment: env.merging(["XDG_DATA_HOME": "/data"]) { $1 })
                == "/data/remo/remo.sqlite")
    }

    @Test func todayOptionOverridesTheClock() throws {
        let options = try GlobalOptions.parse(["--today", "2026-04-30"])
        #expect(options.resolvedToday().description == "2026-04-30")
    }

    @Test func malformedTodayIsACommandLineError() {
        #expect(throws: (any Error).self) { try GlobalOptions.parse(["--today", "2026-02-30"]) }
        do {
            _ = try GlobalOptions.parse(["--today", "2026-02-30"])
        } catch {
            #expect(GlobalOptions.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func languageIsFoundBeforeParsing() {
        #expect(Language.fromCommandLine(["qr", "decode", "--lang", "ja"]) == .japanese)
        #expect(Language.fromCommandLine(["--lang=en"]) == .english)
        #expect(Language.fromCommandLine(["x"]) == nil)
    }

    @Test func languageIsTakenOutOfTheArgumentsWhereverItStands() {
        #expect(Language.splitCommandLine(["--lang", "ja", "license", "plan"]) == (.japanese, ["license", "plan"]))
        #expect(Language.splitCommandLine(["qr", "decode", "--lang=en", "a.png"]) == (.english, ["qr", "decode", "a.png"]))
        #expect(Language.splitCommandLine(["qr", "--lang", "fr"]) == (nil, ["qr", "--lang", "fr"]))
        #expect(Language.splitCommandLine(["qr", "--", "--lang", "ja"]) == (nil, ["qr", "--", "--lang", "ja"]))
    }
}
