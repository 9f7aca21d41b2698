package import RemoCore
package import RemoImaging

/// What `remo qr decode` prints: the JSON of docs/cli.md, or a table for people.
package struct QRDecodeReport {
    /// One input file (docs/cli.md: `{"file", "error", "codes"}`).
    package struct File: Encodable, Equatable {
        package let file: String
        /// Why the file could not be read, in the current language; nil when it was read.
        package let error: String?
        package let codes: [Code]

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(error, forKey: .error)  // null when read, as the contract says
            try container.encode(codes, forKey: .codes)
        }

        private enum CodingKeys: String, CodingKey { case file, error, codes }
    }

    /// One QR code (docs/cli.md: `{"text", "corners", "payload", "payloadError"}`).
    package struct Code: Encodable, Equatable {
        package let text: String
        /// Four `[x, y]` pairs in image pixels: the symbol's top-left, top-right,
        /// bottom-right and bottom-left corners.
        package let corners: [[Int]]
        /// The recorder fields, when the text is a recorder payload.
        package let payload: Payload?
        /// Why the text is not a valid recorder payload, when it looks like one.
        package let payloadError: String?

        package init(_ code: DecodedQR) {
            text = code.text
            corners = code.corners.map { [$0.x, $0.y] }
            (payload, payloadError) = Code.readPayload(code.text)
        }

        /// A code's text read as a recorder payload (``recorderPayload(in:)``).
        static func readPayload(_ text: String) -> (Payload?, String?) {
            recorderPayload(in: text)
        }

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(corners, forKey: .corners)
            try container.encode(payload, forKey: .payload)
            try container.encode(payloadError, forKey: .payloadError)
        }

        private enum CodingKeys: String, CodingKey { case text, corners, payload, payloadError }
    }

    /// A recorder payload's fields, as docs/cli.md names them.
    package struct Payload: Encodable, Equatable {
        package let model: String
        package let serial: String
        package let deviceId: String
        package let produced: String
        package let claimCode: String?
        package let registrationCode: String

        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(model, forKey: .model)
            try container.encode(serial, forKey: .serial)
            try container.encode(deviceId, forKey: .deviceId)
            try container.encode(produced, forKey: .produced)
            try container.encode(claimCode, forKey: .claimCode)
            try container.encode(registrationCode, forKey: .registrationCode)
        }

        private enum CodingKeys: String, CodingKey { case model, serial, deviceId, produced, claimCode, registrationCode }
    }

    /// One entry per input file, in input order.
    package let files: [File]

    /// The report of a scan.
    package init(_ results: [QRFileScanner.FileResult]) {
        files = results.map { result in
            File(file: result.file, error: result.error?.message.description, codes: result.codes.map(Code.init))
        }
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
                table.append([file.file, QRDecodeReport.printable(code.text), corners])
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
