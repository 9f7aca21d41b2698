import RemoCore
import Testing

struct TextTableTests {
    @Test func alignsJapaneseByTerminalCells() {
        var table = TextTable(header: ["name", "count"], alignments: [.left, .right])
        table.append(["関東", "12"])
        table.append(["Kyushu", "3"])
        let lines = table.rendered().split(separator: "\n").map(String.init)
        #expect(lines == ["name    count", "------  -----", "関東       12", "Kyushu      3"])
        #expect(Set(lines.map(TextTable.displayWidth(of:))).count == 1)
    }

    @Test func halfWidthKatakanaTakesOneCell() {
        #expect(TextTable.displayWidth(of: "ｶﾒﾗ") == 3)
        #expect(TextTable.displayWidth(of: "カメラ") == 6)
    }

    @Test func aLineBreakInACellStaysOnItsLineAndEmptyTrailingCellsLeaveNoSpaces() {
        var table = TextTable(header: ["", "name", "note"], alignments: [.left, .left, .right])
        table.append(["!!", "north\ngate", ""])
        table.append(["", "関東\t倉庫", "3"])
        let lines = table.rendered().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines == ["    name        note", "--  ----------  ----", "!!  north gate", "    関東 倉庫      3"])
    }

    @Test func combiningMarksTakeNoCell() {
        #expect(TextTable.displayWidth(of: "e\u{301}") == 1)
        #expect(TextTable.displayWidth(of: "ガ") == 2)
    }
}

/// Tables fitted to a terminal's width (issue 23).
struct TextTableFittingTests {
    static func sample() -> TextTable {
        var table = TextTable(header: ["input", "serial", "result"], overflows: [.elide, .keep, .below])
        table.append(["photos/2026-04-01-north-gate-recorder.jpg", "AB1234567", "no license available: 2 licenses are needed, 0 are available"])
        table.append(["b.png", "CD7654321", "registered with 1 camera"])
        return table
    }

    @Test func withoutAWidthEveryRowIsOneFullLine() {
        let lines = Self.sample().rendered().split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[2].hasSuffix("0 are available"))
        #expect(Self.sample().rendered(width: 500) == Self.sample().rendered())
    }

    @Test func aNarrowTerminalGetsMessagesUnderTheirRowAndNamesCut() {
        let text = Self.sample().rendered(width: 40)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { TextTable.displayWidth(of: $0) <= 40 }, "\(text)")
        #expect(lines[0].hasPrefix("input") && !lines[0].contains("result"))
        #expect(lines[2].contains("…") && lines[2].hasSuffix("AB1234567"))
        #expect(lines[3] == "    result: no license available: 2")
        #expect(lines.contains("    result: registered with 1 camera"))
        // Every word of the message is still there, in order.
        let message = lines[3...].prefix { $0.hasPrefix("    ") }.map { $0.dropFirst(4) }.joined(separator: " ")
        #expect(message == "result: no license available: 2 licenses are needed, 0 are available")
    }

    @Test func japaneseWrapsBetweenCharactersAtTwoCellsEach() {
        let lines = TextTable.wrapped("ライセンスが足りません。先に割り当ててください", width: 10)
        #expect(lines.first == "ライセンス")
        #expect(lines.allSatisfy { TextTable.displayWidth(of: $0) <= 10 })
        #expect(lines.joined() == "ライセンスが足りません。先に割り当ててください")
    }

    @Test func keptColumnsAreNeverCut() {
        var table = TextTable(header: ["code", "date"])
        table.append(["AB1234567-K7QM-2XPR-9DWT-C4", "2026-04-30"])
        #expect(table.rendered(width: 10).contains("AB1234567-K7QM-2XPR-9DWT-C4  2026-04-30"))
    }
}
