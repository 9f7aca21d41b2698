package import RemoCore
package import RemoImaging
package import RemoLedger

/// What `remo qr decode` prints: the JSON of docs/cli.md (`QRDecodeDocument`), or a table for people.
package struct QRDecodeReport {
    /// One entry per input file, in input order: `QRDecodeDocument`'s, the
    /// JSON of docs/cli.md (the web app's answer too).
    package let files: [QRDecodeDocument.File]

    /// The report of a scan.
    package init(_ results: [QRFileScanner.FileResult]) {
        files = QRDecodeDocument(results).files
    }

    /// Whether every file could be read (exit status 0).
    package var everyFileWasRead: Bool { files.allSatisfy { $0.error == nil } }

    /// One row per code (a file without codes, or unreadable, gets one row saying
    /// so), aligned for a terminal.
    package func table() -> String {
        var table = TextTable(
            header: [
                QRCommandText.columnFile().description, QRCommandText.columnText().description,
                QRCommandText.columnCorners().description,
            ])
        for file in files {
            if file.error != nil {
                table.append([file.file, QRCommandText.notRead().description, ""])
            } else if file.codes.isEmpty {
                table.append([file.file, ImagingText.noCodeFound().description, ""])
            }
            for code in file.codes {
                let corners = code.corners.map { "(\($0[0]),\($0[1]))" }.joined(separator: " ")
                table.append([file.file, code.text.map(QRDecodeReport.printable) ?? code.whyNoText ?? "", corners])
            }
        }
        return table.rendered()
    }

    /// A line for people counting codes, files and failures.
    package var summary: Message {
        QRCommandText.decodeSummary([
            "codes": .integer(files.reduce(0) { $0 + $1.codes.count }), "files": .integer(files.count),
            "failed": .integer(files.filter { $0.error != nil }.count),
        ])
    }

    /// Text safe for one table cell: control characters (line breaks, tabs, NUL)
    /// shown as escapes.
    static func printable(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\\": output += "\\\\"
            default:
                if scalar.properties.generalCategory == .control {
                    output += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
