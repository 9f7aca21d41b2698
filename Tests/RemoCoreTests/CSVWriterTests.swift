import RemoCore
import Testing

struct CSVWriterTests {
    @Test func quotesOnlyWhatNeedsIt() {
        var writer = CSVWriter(header: ["serial", "note"])
        writer.append(["AB1", "plain"])
        writer.append(["AB2", "a, \"b\"\nc"])
        writer.append(["AB3", " padded"])
        #expect(writer.text == "serial,note\r\nAB1,plain\r\nAB2,\"a, \"\"b\"\"\nc\"\r\nAB3,\" padded\"\r\n")
    }

    @Test(arguments: [
        ("=1+2", "'=1+2"), ("+SUM(A1)", "'+SUM(A1)"), ("-2+3", "'-2+3"), ("@cmd", "'@cmd"),
        ("\tx", "'\tx"), ("-5", "-5"), ("+81", "+81"), ("-1.5", "-1.5"), ("2026-04-30", "2026-04-30"),
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
    ])
    func formulasAreNeutralisedButNumbersAreNot(cell: String, written: String) {
        #expect(CSVWriter.field(cell) == written)
    }

    @Test func neutralisingCanBeTurnedOff() {
        #expect(CSVWriter.field("=1+2", neutralizingFormulas: false) == "=1+2")
    }

    @Test func whatIsWrittenReadsBack() throws {
        let rows = [["a,b", "\"q\"", "x\r\ny"], ["", " ", "日本語"]]
        var writer = CSVWriter(header: ["one", "two", "three"])
        rows.forEach { writer.append($0) }
        let table = try CSVTable(parsing: writer.text)
        #expect(table.records.map(\.fields) == rows)
    }
}
