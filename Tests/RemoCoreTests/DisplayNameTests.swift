import RemoCore
import Testing

/// The one rule for names (partners, customers, sites, cameras) and the
/// escaping of control characters in text shown to people.
struct DisplayNameTests {
    @Test(arguments: [
        ("関東倉庫", "関東倉庫"), ("  山田商事 ", "山田商事"), ("North gate\n", "North gate"), ("\u{3000}入口\u{3000}", "入口"),
        ("Entrée ①", "Entrée ①"), (String(repeating: "名", count: DisplayName.maximumLength), String(repeating: "名", count: 200)),
    ])
    func aNameIsTrimmedAndKept(text: String, expected: String) throws {
        #expect(try DisplayName.validated(text) == expected)
    }

    @Test(arguments: [
        ("North\ngate", UInt32(0x0A), 6), ("North\r\ngate", 0x0D, 6), ("a\tb", 0x09, 2), ("\u{1B}[31mRed", 0x1B, 1),
        ("evil\u{202E}gpj.exe", 0x202E, 5), ("x\u{2066}y", 0x2066, 2), ("a\u{0}b", 0x00, 2), ("a\u{85}b", 0x85, 2),
        ("line\u{2028}two", 0x2028, 5), ("a\u{7F}", 0x7F, 2), ("\u{200F}abc", 0x200F, 1),
    ])
    func aControlCharacterIsRefusedNamingItAndWhere(text: String, code: UInt32, position: Int) {
        let trimmed = String(text.unicodeScalars.drop { $0.properties.isWhitespace })
        #expect(throws: DisplayName.Problem.controlCharacter(trimmed, scalar: Unicode.Scalar(code)!, position: position)) {
            try DisplayName.validated(text)
        }
    }

    @Test func anEmptyOrOverlongNameIsRefused() throws {
        #expect(throws: DisplayName.Problem.empty) { try DisplayName.validated(" \n\t ") }
        let long = String(repeating: "a", count: 100_000)
        #expect(throws: DisplayName.Problem.tooLong(long, length: 100_000)) { try DisplayName.validated(long) }
        // Combining marks count: one character on screen, 201 scalars.
        let stacked = "e" + String(repeating: "\u{301}", count: 200)
        #expect(throws: DisplayName.Problem.tooLong(stacked, length: 201)) { try DisplayName.validated(stacked) }
    }

    @Test func theRefusalsReadAsSentencesWithTheNameEscaped() throws {
        let message = DisplayName.Problem.controlCharacter("\u{1B}[31mRed", scalar: "\u{1B}", position: 1).message
        #expect(message.rendered(in: .english).contains("\\u{1B}[31mRed"))
        #expect(!message.rendered(in: .english).contains("\u{1B}"))
        #expect(message.rendered(in: .english).contains("U+1B"))
        #expect(message.rendered(in: .japanese).contains("U+1B"))
        let long = DisplayName.Problem.tooLong(String(repeating: "a", count: 100_000), length: 100_000).message
        #expect(long.rendered(in: .english).count < 300)
        #expect(long.rendered(in: .english).contains("100000"))
    }

    @Test func textInAMessageShowsItsControlCharactersInsteadOfActingOnThem() {
        #expect(ControlCharacters.escaped("photo\u{1B}]0;owned\u{7}.jpg") == "photo\\u{1B}]0;owned\\u{07}.jpg")
        #expect(ControlCharacters.escaped("a\nb\u{202E}c") == "a\\u{0A}b\\u{202E}c")
        #expect(ControlCharacters.escaped("関東 倉庫.jpg") == "関東 倉庫.jpg")
        let message = Message(AccountText.emailTooLong, ["text": .text("x\u{1B}[2Jy")])
        #expect(message.rendered(in: .english).contains("x\\u{1B}[2Jy"))
    }

    @Test func aTableCellLosesItsDirectionControls() {
        #expect(TextTable.singleLine("abc\u{202E}def") == "abc def")
    }
}
