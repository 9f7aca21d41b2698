import Foundation
import RemoCore
import RemoLedger
import Testing

struct MailMessageTests {
    func message(subject: String, name: String, body: String) -> MailMessage {
        MailMessage(
            from: .init(name: "remo", address: Harness.email("remo@example.jp")),
            to: [.init(name: name, address: Harness.email("taro@example.jp"))], subject: subject, body: body,
            date: Harness.epoch, timeZone: TimeZone(identifier: "Asia/Tokyo")!, messageID: "n-1.remo@example.jp")
    }

    /// The header lines, unfolded.
    func headers(_ text: String) -> [String: String] {
        let head = text.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
        var result: [String: String] = [:]
        for line in head.components(separatedBy: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            result[String(parts[0])] = String(parts[1].dropFirst())
        }
        return result
    }

    /// RFC 2047 B-encoded words decoded (adjacent words joined, as RFC 2047 says).
    func decodeWords(_ value: String) -> String {
        var bytes: [UInt8] = []
        var output = ""
        for token in value.split(separator: " ") {
            if token.hasPrefix("=?UTF-8?B?"), token.hasSuffix("?=") {
                bytes += Data(base64Encoded: String(token.dropFirst(10).dropLast(2)))!
            } else {
                output += String(decoding: bytes, as: UTF8.self) + (output.isEmpty && bytes.isEmpty ? "" : " ") + token
                bytes = []
            }
        }
        return output + String(decoding: bytes, as: UTF8.self)
    }

    @Test func japaneseHeadersAndBodyAreMIMEEncodedUTF8() throws {
        let subject = "【重要】ライセンスの有効期限が近づいています (2026年4月30日) ご確認ください。契約ユーザー: 山田太郎様"
        let body = "山田 太郎 様\n\n有効期限は2026年4月30日です。\n"
        let text = message(subject: subject, name: "山田 太郎", body: body).rendered()
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let fields = headers(text)
        #expect(decodeWords(fields["Subject"]!) == subject)
        #expect(fields["To"]!.hasSuffix("<taro@example.jp>"))
        #expect(decodeWords(String(fields["To"]!.dropLast(" <taro@example.jp>".count))) == "山田 太郎")
        #expect(fields["Content-Type"] == "text/plain; charset=UTF-8")
        #expect(fields["Content-Transfer-Encoding"] == "base64")
        #expect(fields["MIME-Version"] == "1.0")
        #expect(fields["Date"] == "Mon, 10 Mar 2025 09:00:00 +0900")
        #expect(fields["Message-ID"] == "<n-1.remo@example.jp>")
        let encodedBody = text.components(separatedBy: "\r\n\r\n")[1].replacingOccurrences(of: "\r\n", with: "")
        #expect(String(decoding: Data(base64Encoded: encodedBody)!, as: UTF8.self) == body.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test func encodedWordsNeverSplitACharacterAndStayShort() {
        let words = MailMessage.encodedWordsForTesting(String(repeating: "期限切れ🎥", count: 20))
        #expect(words.count > 1)
        for word in words {
            #expect(word.utf8.count <= 75)
            let payload = Data(base64Encoded: String(word.dropFirst(10).dropLast(2)))!
            #expect(String(data: payload, encoding: .utf8) != nil)
        }
    }

    @Test func plainASCIIHeadersStayReadable() {
        let text = message(subject: "License expiry notice", name: "Taro \"T\" Yamada", body: "Hello").rendered()
        let fields = headers(text)
        #expect(fields["Subject"] == "License expiry notice")
        #expect(fields["To"] == "\"Taro \\\"T\\\" Yamada\" <taro@example.jp>")
    }
}
