import CFuzzDriver
import RemoCore
import RemoLedger

/// libFuzzer's entry: the input as a spreadsheet file (`labels make --csv`,
/// `cards import`): its encoding detected (UTF-8 with or without a BOM, or
/// CP932 through iconv), then forced to each, then read as CSV. Refusals
/// render their messages; nothing may crash, and CSV text written back out
/// reads back to the same rows.
@_cdecl("FuzzCSV_main")
public func mainCSV(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    CFuzzDriver_run(argc, argv)
}

/// One input (libFuzzer's driver calls it by this name too).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for encoding in [nil] + SpreadsheetEncoding.allCases.map(Optional.some) {
        do {
            let decoded = try SpreadsheetText.decode(bytes, source: "fuzz.csv", encoding: encoding)
            read(decoded.text)
        } catch {
            for language in Language.allCases { _ = error.message.rendered(in: language) }
        }
    }
    return 0
}

/// Reads `text` as CSV and checks that the rows written back read the same.
private func read(_ text: String) {
    do {
        let table = try CSVTable(parsing: text)
        _ = table.index(of: "serial")
        _ = try? table.requireColumns(["model", "serial"])
        // Written back (formulas kept as they are) and read again: the same rows.
        // A one-column table's empty field would be an empty line, which a
        // reader skips; a header led by a byte-order mark loses it.
        guard table.header.count > 1, table.header.first?.unicodeScalars.first != "\u{FEFF}" else { return }
        var writer = CSVWriter(header: table.header, neutralizesFormulas: false)
        for record in table.records { writer.append(record.fields) }
        let again = try CSVTable(parsing: writer.text)
        precondition(again.header == table.header, "written CSV reads back: header")
        precondition(again.records.map(\.fields) == table.records.map(\.fields), "written CSV reads back: records")
    } catch {
        for language in Language.allCases { _ = error.message.rendered(in: language) }
    }
}
