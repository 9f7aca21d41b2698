import ArgumentParser
import RemoCommands
import RemoCore
import Testing

/// Which width tables are fitted to, and CSV for Japanese Excel (issue 23).
struct TableWidthTests {
    @Test func aTerminalsWidthComesFromColumnsAndAPipeOrWideGetsFullLines() {
        #expect(TableWidth.current(wide: false, environment: ["COLUMNS": "72"], isTerminal: true) == 72)
        #expect(TableWidth.current(wide: false, environment: ["COLUMNS": "72"], isTerminal: false) == nil)
        #expect(TableWidth.current(wide: true, environment: ["COLUMNS": "72"], isTerminal: true) == nil)
        #expect(TableWidth.current(wide: false, environment: ["COLUMNS": "zero"], isTerminal: true) != nil)
    }

    @Test func csvGetsAByteOrderMarkWhenRemoSpeaksJapaneseUnlessToldOtherwise() throws {
        let csv = try ReportCommand.parse(["--customer", "taro@example.jp", "--format", "csv"])
        #expect(!csv.resolvedByteOrderMark)
        Language.$current.withValue(.japanese) {
            #expect(csv.resolvedByteOrderMark)
        }
        let plain = try ReportCommand.parse(["--customer", "taro@example.jp", "--format", "csv", "--no-bom"])
        let cp932 = try ReportCommand.parse(["--customer", "taro@example.jp", "--format", "csv", "--encoding", "cp932"])
        Language.$current.withValue(.japanese) {
            #expect(!plain.resolvedByteOrderMark)
            #expect(!cp932.resolvedByteOrderMark)
        }
        #expect(throws: (any Error).self) {
            try ReportCommand.parse(["--customer", "taro@example.jp", "--format", "csv", "--bom", "--encoding", "cp932"])
        }
    }
}
