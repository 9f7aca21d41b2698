import ArgumentParser
import RemoCommands
import RemoCore
import Testing

struct GlobalOptionsTests {
    @Test func databaseComesFromOptionThenEnvironmentThenDefault() throws {
        #expect(try GlobalOptions.parse(["--db", "a.sqlite"]).resolvedDatabasePath(environment: ["REMO_DB": "b"]) == "a.sqlite")
        #expect(try GlobalOptions.parse([]).resolvedDatabasePath(environment: ["REMO_DB": "b.sqlite"]) == "b.sqlite")
        #expect(try GlobalOptions.parse([]).resolvedDatabasePath(environment: [:]) == "remo.sqlite")
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
