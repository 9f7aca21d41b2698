import ArgumentParser
import Foundation
import RemoCommands
import RemoCore
import RemoImaging
import RemoLedger
import Testing

struct QRCommandTests {
    // MARK: Parsing

    @Test func encodeDefaultsToLevelMEightPixelModulesAndAFourModuleQuietZone() throws {
        let command = try QRCommand.Encode.parse(["--text", "REMO", "-o", "label.png"])
        #expect(command.text == "REMO")
        #expect(command.output == "label.png")
        #expect(command.errorCorrection == .medium)
        #expect(command.moduleSize == 8)
        #expect(command.quietZone == 4)
        let chosen = try QRCommand.Encode.parse(["--text", "x", "--output", "a.pdf", "--ec", "h", "--module-px", "3", "--quiet-zone", "0"])
        #expect(chosen.errorCorrection == .high && chosen.moduleSize == 3 && chosen.quietZone == 0)
    }

    @Test(arguments: [
        ["-o", "a.png"], ["--text", "", "-o", "a.png"], ["--text", "x"], ["--text", "x", "-o", "a.gif"],
        ["--text", "x", "-o", "a.png", "--ec", "X"], ["--text", "x", "-o", "a.png", "--module-px", "0"],
        ["--text", "x", "-o", "a.png", "--module-px", "101"], ["--text", "x", "-o", "a.png", "--quiet-zone", "-1"],
        ["--text", "x", "-o", "a.png", "--quiet-zone", "41"],
    ])
    func badEncodeCommandLinesExitWith64(arguments: [String]) {
        #expect(throws: (any Error).self) { try QRCommand.Encode.parse(arguments) }
        do {
            _ = try QRCommand.Encode.parse(arguments)
        } catch {
            #expect(QRCommand.Encode.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func badModuleSizeIsExplainedInTheChosenLanguage() {
        do {
            _ = try QRCommand.Encode.parse(["--text", "x", "-o", "a.png", "--module-px", "0"])
            Issue.record("a module size of 0 was accepted")
        } catch {
            #expect(QRCommand.Encode.message(for: error) == "--module-px must be a whole number from 1 to 100, not 0.")
        }
    }

    @Test func decodeNeedsAtLeastOneFile() {
        do {
            _ = try QRCommand.Decode.parse([])
            Issue.record("decode without files was accepted")
        } catch {
            #expect(QRCommand.Decode.exitCode(for: error).rawValue == 64)
            #expect(QRCommand.Decode.message(for: error) == "Name at least one image file to read.")
        }
    }

    @Test func rootCommandReachesTheQRCommands() throws {
        #expect(try RemoCommand.parseAsRoot(["qr", "decode", "a.jpg", "b.png", "--json"]) is QRCommand.Decode)
        #expect(try RemoCommand.parseAsRoot(["qr", "encode", "--text", "x", "-o", "a.svg"]) is QRCommand.Encode)
    }

    @Test func catalogueIsSound() {
        #expect(QRCommandText.problems().isEmpty)
    }

    // MARK: Report

    @Test func jsonHasExactlyTheContractsFieldsWithNulls() async throws {
        try await withTemporaryDirectory { directory in
            try Canvas.qrCode(QREncoder.encode("REPORT"), moduleSize: 4, quietZone: 4).write(to: directory + "/a.png")
            let files = [directory + "/a.png", directory + "/missing.jpg"]
            let report = QRDecodeReport(await QRFileScanner().scan(files: files))
            let data = try JSONEncoder().encode(report.files)
            let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            #expect(array.count == 2)
            #expect(Set(array[0].keys) == ["file", "error", "codes"])
            #expect(array[0]["file"] as? String == files[0])
            #expect(array[0]["error"] is NSNull)
            let codes = try #require(array[0]["codes"] as? [[String: Any]])
            #expect(codes.count == 1)
            #expect(Set(codes[0].keys) == ["text", "bytes", "charset", "corners", "payload", "payloadError"])
            #expect(codes[0]["text"] as? String == "REPORT")
            #expect(codes[0]["bytes"] as? String == Data("REPORT".utf8).base64EncodedString())
            #expect(codes[0]["charset"] as? [String] == ["UTF-8"])
            // Not a remo label: no payload, and the reason.
            #expect(codes[0]["payload"] is NSNull)
            #expect((codes[0]["payloadError"] as? String)?.contains("REPORT") == true)
            let corners = try #require(codes[0]["corners"] as? [[Int]])
            #expect(corners.count == 4 && corners.allSatisfy { $0.count == 2 })
            #expect(corners[0] == [16, 16])
            #expect((array[1]["error"] as? String)?.contains("missing.jpg does not exist") == true)
            #expect((array[1]["codes"] as? [Any])?.isEmpty == true)
            #expect(!report.everyFileWasRead)
        }
    }

    @Test func tableHasARowPerCodeAndSaysWhatIsMissing() async throws {
        try await withTemporaryDirectory { directory in
            try Canvas.qrCode(QREncoder.encode("line one\nline two\t!"), moduleSize: 4, quietZone: 4).write(to: directory + "/a.png")
            try PNGEncoder.encode(GrayImage(width: 40, height: 40)).withUnsafeBytes {
                try Data($0).write(to: URL(fileURLWithPath: directory + "/blank.png"))
            }
            let report = QRDecodeReport(await QRFileScanner().scan(files: ["a.png", "blank.png", "gone.png"].map { directory + "/" + $0 }))
            let lines = report.table().split(separator: "\n").map(String.init)
            #expect(lines.count == 5)
            #expect(lines[0].hasPrefix("file") && lines[0].contains("text") && lines[0].hasSuffix("corners"))
            #expect(lines[2].contains("line one\\nline two\\t!"))
            #expect(lines[3].hasSuffix("no QR code found"))
            #expect(lines[4].hasSuffix("(not read: see the message below)"))
            #expect(report.summary.rendered(in: .english) == "1 code in 3 files; 1 could not be read.")
        }
    }

    /// "中文标签" in GB2312, no ECI: also valid Shift_JIS, so no text rather than a wrong one.
    @Test func aCodeWhoseCharacterSetIsAGuessHasNullTextItsBytesAndTheGuessesAndTheTableSaysSo() async throws {
        try await withTemporaryDirectory { directory in
            let gb2312: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0xB1, 0xEA, 0xC7, 0xA9]
            try Canvas.qrCode(QREncoder.encode(bytes: gb2312), moduleSize: 4, quietZone: 4).write(to: directory + "/gb.png")
            let report = QRDecodeReport(await QRFileScanner().scan(files: [directory + "/gb.png"]))
            let data = try JSONEncoder().encode(report.files)
            let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            let code = try #require((array.first?["codes"] as? [[String: Any]])?.first)
            #expect(code["text"] is NSNull)
            #expect(code["bytes"] as? String == Data(gb2312).base64EncodedString())
            #expect((code["charset"] as? [String])?.contains("GB2312") == true)
            #expect(code["payload"] is NSNull)
            #expect((code["payloadError"] as? String)?.contains("GB2312") == true)
            let row = report.table().split(separator: "\n").map(String.init)[2]
            #expect(row.contains("no text") && row.contains("GB2312"))
        }
    }

    // MARK: The remo executable

    @Test(arguments: ["Hello, remo", "レコーダー登録: 販売パートナー向け 機器ID番号 0123", "ABC-123 $%*+-./:"])
    func encodedTextDecodesBackThroughTheExecutable(text: String) throws {
        try withTemporaryDirectory { directory in
            let png = directory + "/x.png"
            let encode = try RemoProcess.run(["qr", "encode", "--text", text, "-o", png])
            #expect(encode.status == 0, "\(encode.standardError)")
            #expect(encode.standardOutput.hasPrefix("Wrote \(png): QR version"))
            let decode = try RemoProcess.run(["qr", "decode", "--json", png])
            #expect(decode.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(decode.standardOutput.utf8)) as? [[String: Any]])
            let codes = try #require(json.first?["codes"] as? [[String: Any]])
            #expect(codes.map { $0["text"] as? String } == [text])
        }
    }

    @Test func unreadableFileExitsOneNamingItWhileTheOthersAreStillDecoded() throws {
        try withTemporaryDirectory { directory in
            let good = directory + "/good.png"
            let broken = directory + "/broken.jpg"
            _ = try RemoProcess.run(["qr", "encode", "--text", "GOOD", "-o", good])
            try Data("not a photo".utf8).write(to: URL(fileURLWithPath: broken))
            let run = try RemoProcess.run(["qr", "decode", "--json", broken, good, directory + "/none.heic"])
            #expect(run.status == 1)
            #expect(run.standardError.contains("\(broken) is not a JPEG, PNG or HEIC image"))
            #expect(run.standardError.contains("\(directory)/none.heic does not exist"))
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
            #expect(json.map { $0["file"] as? String } == [broken, good, directory + "/none.heic"])
            #expect((json[1]["codes"] as? [[String: Any]])?.first?["text"] as? String == "GOOD")

            let allRead = try RemoProcess.run(["qr", "decode", good])
            #expect(allRead.status == 0)
            #expect(allRead.standardOutput.contains("GOOD"))
        }
    }

    @Test func everyBadInputIsNamedWithItsReasonAndTheGoodFilesStillRead() throws {
        try withTemporaryDirectory { directory in
            let label = try Canvas.qrCode(QREncoder.encode("GOOD"), moduleSize: 4, quietZone: 4).rasterize()
            let jpeg = try JPEGEncoder().encode(label, quality: 90)
            let png = try PNGEncoder.encode(label)
            let files: [(String, [UInt8]?, String)] = [
                ("grey.jpg", jpeg, ""),
                ("empty.jpg", [], "is empty (0 bytes)"),
                ("cut.jpg", Array(jpeg.prefix(jpeg.count / 2)), "is a damaged or truncated JPEG image"),
                ("cut.png", Array(png.prefix(png.count / 2)), "is a damaged or truncated PNG image"),
                ("notes.jpg", Array("shopping list".utf8), "is not a JPEG, PNG or HEIC image"),
                ("label.png", png, ""),
                ("missing.png", nil, "does not exist"),
                ("folder", nil, "is a directory"),
            ]
            for (name, bytes, _) in files {
                if let bytes { try Data(bytes).write(to: URL(fileURLWithPath: directory + "/" + name)) }
            }
            try FileManager.default.createDirectory(atPath: directory + "/folder", withIntermediateDirectories: false)
            let run = try RemoProcess.run(["qr", "decode", "--json"] + files.map { directory + "/" + $0.0 })
            #expect(run.status == 1)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [[String: Any]])
            #expect(json.count == files.count)
            for ((name, _, reason), entry) in zip(files, json) {
                let path = directory + "/" + name
                #expect(entry["file"] as? String == path)
                if reason.isEmpty {
                    #expect(entry["error"] is NSNull)
                    #expect((entry["codes"] as? [[String: Any]])?.first?["text"] as? String == "GOOD")
                } else {
                    #expect((entry["error"] as? String)?.contains("\(path) \(reason)") == true, "\(name)")
                    #expect(run.standardError.contains("\(path) \(reason)"), "\(name)")
                }
            }
        }
    }

    @Test func imageWithoutCodesStillExitsZero() throws {
        try withTemporaryDirectory { directory in
            let blank = directory + "/blank.png"
            try Data(try PNGEncoder.encode(GrayImage(width: 30, height: 30))).write(to: URL(fileURLWithPath: blank))
            let run = try RemoProcess.run(["qr", "decode", blank])
            #expect(run.status == 0)
            #expect(run.standardOutput.contains("no QR code found"))
        }
    }

    @Test func textTooLongExitsOneAndWritesNothing() throws {
        try withTemporaryDirectory { directory in
            let text = String(repeating: "登録", count: 300)  // 1800 bytes: more than version 40-H holds
            let run = try RemoProcess.run(["qr", "encode", "--text", text, "--ec", "H", "-o", directory + "/x.pdf"])
            #expect(run.status == 1)
            #expect(run.standardError.contains("The text is 1800 bytes, too long for any QR code at error correction level H"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
        }
    }

    @Test func badCommandLineExitsSixtyFourAndWritesNothing() throws {
        try withTemporaryDirectory { directory in
            let run = try RemoProcess.run(["qr", "encode", "--text", "x", "-o", directory + "/x.jpeg"])
            #expect(run.status == 64)
            #expect(run.standardError.contains("does not end in .png, .svg or .pdf"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
        }
    }

    @Test func messagesFollowTheLanguage() throws {
        try withTemporaryDirectory { directory in
            let run = try RemoProcess.run(["qr", "decode", "--lang", "ja", directory + "/ない.jpg"])
            #expect(run.status == 1)
            #expect(run.standardError.contains("「\(directory)/ない.jpg」は存在しません"))
            let byLocale = try RemoProcess.run(["qr", "decode", directory + "/x.png"], environment: ["LANG": "ja_JP.UTF-8"])
            #expect(byLocale.standardError.contains("は存在しません"))
        }
    }
}
