import Foundation
import Testing

/// Names with control characters, line breaks, direction controls or 100,000
/// characters are refused on input, by every command that takes one; text naming
/// a file shows its control characters escaped.
@Suite(.serialized)
struct NameProcessTests {
    @Test func aNameThatWouldActOnATerminalIsRefusedEverywhere() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try LedgerProcessTests().prepare(directory, stock: 1)
        let long = String(repeating: "a", count: 100_000)
        for name in ["\u{1B}[31mRed", "North\ngate", "evil\u{202E}gpj.exe", long] {
            let commands = [
                ["partner", "add", "--code", "P009", "--name", name, "--email", "ops@p009.example.jp"],
                ["customer", "add", "--partner", "P001", "--name", name, "--email", "new@example.jp", "--temp-password", "temporary-1"],
                ["camera", "add", "--customer", "taro@example.jp", "--site", name, "--connection", "edge-storage", "--name", "入口"],
                ["camera", "add", "--customer", "taro@example.jp", "--site", "関東", "--connection", "edge-storage", "--name", name],
                ["register", "--customer", "taro@example.jp", "--direct", "--site", name],
            ]
            for arguments in commands {
                let result = try RemoChildProcess.run(arguments, database: database)
                #expect(result.status != 0, "\(arguments.prefix(2))")
                #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{202E}"), "\(result.stderr)")
                #expect(result.stderr.contains(name == long ? "characters long" : "control character"), "\(arguments.prefix(2)): \(result.stderr)")
                #expect(result.stderr.count < 2_000)
            }
        }
        let cameras = try RemoChildProcess.run(["camera", "list", "--customer", "taro@example.jp", "--json"], database: database)
        #expect(cameras.status == 0)
        #expect(!cameras.stdout.contains("Red") && !cameras.stdout.contains("gate") && !cameras.stdout.contains("aaaa"))
    }

    @Test func aFileNameWithAnEscapeShowsItEscapedOnStderr() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.path("photo\u{1B}[2J\u{1B}]0;owned\u{07}.jpg")
        try Data("not an image".utf8).write(to: URL(fileURLWithPath: file))
        let result = try RemoChildProcess.run(["qr", "decode", file], database: directory.path("remo.sqlite"))
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"), "\(result.stderr)")
        #expect(result.stderr.contains("photo\\u{1B}[2J\\u{1B}]0;owned\\u{07}.jpg"), "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"))
    }
}
