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
