import RemoCore
import Testing

struct CSVReaderTests {
    @Test func recordsOneAtATimeAreTheTablesRecords() throws {
        let text = "\u{FEFF}model,serial\r\nWJ,\"A\r\nB\"\n\nWK,C\rWL,D"
        let table = try CSVTable(parsing: text)
        var reader = try CSVReader(parsing: text)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        #expect(reader.header == table.header && records == table.records)
        #expect(records.map(\.line) == [2, 5, 6] && records[0]["serial"] == "A\r\nB")
        #expect(try reader.next() == nil)
    }

    @Test func aBadRecordIsRefusedOnlyWhenItIsReached() throws {
        var reader = try CSVReader(parsing: "a,b\n1,2\n3,4,5\n")
        #expect(try reader.next()?.fields == ["1", "2"])
        #expect(throws: CSVError.wrongFieldCount(line: 3, expected: 2, found: 3)) { try reader.next() }
    }

    @Test func aTextWithoutHeaderOrWithAColumnTwiceIsRefusedAtOnce() {
        #expect(throws: CSVError.noHeader) { try CSVReader(parsing: "\n\n") }
        #expect(throws: CSVError.duplicateColumn("Serial")) { try CSVReader(parsing: "serial,Serial\n") }
        #expect(throws: CSVError.missingColumns(["model"], found: ["serial"])) {
            try CSVReader(parsing: "serial\nA\n").requireColumns(["model"])
        }
    }
}
