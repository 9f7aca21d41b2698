import Foundation
import RemoCore
import RemoTestSupport
import RemoWeb
import Testing

/// The scan page checks a typed registration code as RemoCore does: the
/// page's own script, run by node, against RemoCore's `RegistrationCode` on
/// the same texts (valid codes, every kind of typo, other spellings).
struct RegistrationCodeScriptTests {
    /// Texts to check: codes of random units as printed, and changed as people mistype them.
    static func vectors() -> [String] {
        var generator = SeededGenerator(seed: 18)
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        var texts = ["", "   ", "NX4A", "NX4A2407001-7K3Q-X9M2-HT4D-5R!", String(repeating: "A", count: 40)]
        for _ in 0..<300 {
            let length = Int.random(in: 1...20, using: &generator)
            let serialText = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            guard let serial = try? SerialNumber(serialText) else { continue }
            let code = RegistrationCode(serial: serial, claimCode: ClaimCode(using: &generator))
            let printed = code.description
            texts.append(printed)
            texts.append(printed.lowercased())
            texts.append(printed.replacingOccurrences(of: "-", with: " "))
            texts.append(String(printed.unicodeScalars.map { $0 == "-" ? "ー" : $0 }.map(Character.init)))
            texts.append(String(printed.map { $0 == "0" ? "O" : $0 == "1" ? "I" : $0 }))
            var characters = Array(printed)
            let index = Int.random(in: 0..<characters.count, using: &generator)
            if characters[index] != "-" {
                var replacement = alphabet.randomElement(using: &generator)!
                while replacement == characters[index] { replacement = alphabet.randomElement(using: &generator)! }
                characters[index] = replacement
                texts.append(String(characters))
            }
            var swapped = Array(printed.filter { $0 != "-" })
            let at = Int.random(in: 0..<(swapped.count - 1), using: &generator)
            swapped.swapAt(at, at + 1)
            texts.append(String(swapped))
            texts.append(String(printed.dropLast()))
            texts.append(String(printed.map { $0.isASCII && $0.isLetter ? Character(Unicode.Scalar($0.unicodeScalars.first!.value + 0xFEE0)!) : $0 }))
        }
        return texts
    }

    /// What RemoCore says of a text, in the script's words.
    static func swiftState(_ text: String) -> String {
        do {
            return "valid " + (try RegistrationCode(text)).description
        } catch {
            switch error {
            case .empty: return "empty"
            case .invalidCharacter: return "bad-character"
            case .wrongLength(_, let length): return length < RegistrationCode.lengths.lowerBound ? "incomplete" : "too-long"
            case .typo: return "typo"
            }
        }
    }

    @Test func theScriptAndRemoCoreAgreeOnEveryText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("remo-script-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("remo.js")
        try Data(WebAssets.script).write(to: script)
        let texts = Self.vectors()
        let input = folder.appendingPathComponent("texts.json")
        try JSONSerialization.data(withJSONObject: texts).write(to: input)
        let runner = folder.appendingPathComponent("check.js")
        try Data(
            """
            const { checkRegistrationCode } = require(\(String(reflecting: script.path)));
            const texts = JSON.parse(require("fs").readFileSync(\(String(reflecting: input.path)), "utf8"));
            console.log(JSON.stringify(texts.map((t) => { const r = checkRegistrationCode(t); return r.state === "valid" ? "valid " + r.code : r.state; })));
            """.utf8
        ).write(to: runner)
        let output = try runTool("node", [runner.path])
        let states = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String])
        #expect(states.count == texts.count)
        var kinds: Set<String> = []
        for (text, state) in zip(texts, states) {
            let expected = Self.swiftState(text)
            #expect(state == expected, "\(text)")
            kinds.insert(String(expected.prefix { $0 != " " }))
        }
        #expect(kinds == ["valid", "typo", "incomplete", "too-long", "bad-character", "empty"])
    }
}
