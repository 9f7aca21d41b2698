import RemoCore
import Testing

struct CSVTableTests {
    @Test func readsWhatSpreadsheetsWrite() throws {
        let text = "\u{FEFF}model,serial,device_id,produced\r\n"
            + "WJ-NX200,AB1,0A1B2C3D,2024-07\r\n"
            + "\"WJ, \"\"big\"\"\",\"AB2\",\"line one\r\nline two\",2024-08\r\n"
        let table = try CSVTable(parsing: text)
        #expect(table.header == ["model", "serial", "device_id", "produced"])
        #expect(table.records.count == 2)
        #expect(table.records[1]["model"] == "WJ, \"big\"")
        #expect(table.records[1]["device_id"] == "line one\r\nline two")
        #expect(table.records.map(\.line) == [2, 3])
    }

    @Test func lineNumbersCountNewlinesInsideQuotes() throws {
        let text = "a,b\n1,\"x\ny\nz\"\n\n2,3\n"
        let table = try CSVTable(parsing: text)
        #expect(table.records.map(\.line) == [2, 6])
        #expect(table.records[1].fields == ["2", "3"])
    }

    @Test func columnsAreFoundByNameAndExtraColumnsAreAllowed() throws {
        let table = try CSVTable(parsing: "Serial , note ,MODEL\nAB1,hello,WJ\n")
        #expect(table.records[0]["serial"] == "AB1")
        #expect(table.records[0]["Model"] == "WJ")
        #expect(table.records[0]["device_id"] == nil)
        #expect(throws: Never.self) { try table.requireColumns(["model", "serial"]) }
        #expect(throws: CSVError.missingColumns(["device_id", "produced"], found: ["Serial ", " note ", "MODEL"])) {
            try table.requireColumns(["model", "serial", "device_id", "produced"])
        }
    }

    @Test func crOnlyAndLFOnlyLineEndsWork() throws {
        #expect(try CSVTable(parsing: "a,b\r1,2\r3,4").records.map(\.fields) == [["1", "2"], ["3", "4"]])
        #expect(try CSVTable(parsing: "a,b\n1,2\n3,4").records.map(\.line) == [2, 3])
    }

    @Test func emptyFieldsAndQuotedEmptyLinesAreKept() throws {
        let table = try CSVTable(parsing: "a,b\n,\n\"\",x\n")
        #expect(table.records.map(\.fields) == [["", ""], ["", "x"]])
    }

    @Test func badCSVGivesTheLine() {
        #expect(throws: CSVError.noHeader) { try CSVTable(parsing: "\u{FEFF}") }
        #expect(throws: CSVError.unterminatedQuote(line: 3)) { try CSVTable(parsing: "a,b\n1,2\n\"3,4\n5,6\n") }
        #expect(throws: CSVError.textAfterQuote(line: 2)) { try CSVTable(parsing: "a,b\n\"1\"x,2\n") }
        #expect(throws: CSVError.wrongFieldCount(line: 3, expected: 2, found: 3)) {
            try CSVTable(parsing: "a,b\n1,2\n1,2,3\n")
        }
        #expect(throws: CSVError.duplicateColumn(" A")) { try CSVTable(parsing: "a, A\n1,2\n") }
        #expect(CSVError.wrongFieldCount(line: 7, expected: 4, found: 3).message.rendered(in: .japanese).contains("7行目"))
    }

    @Test func quoteInsideAnUnquotedFieldIsKept() throws {
        #expect(try CSVTable(parsing: "a\n5\" monitor\n").records[0].fields == ["5\" monitor"])
    }
}
