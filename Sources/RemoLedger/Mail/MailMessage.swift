public import Foundation
public import RemoCore

/// An e-mail as an RFC 5322 message, for any mail system to send: the toolkit
/// itself sends no mail. Headers with non-ASCII text (Japanese names, subjects)
/// are RFC 2047 encoded words in UTF-8; the body is UTF-8 text in base64;
/// lines end in CRLF and stay within 78 characters.
public struct MailMessage: Hashable, Sendable {
    /// A name and an address, as in `From:` and `To:`.
    public struct Mailbox: Hashable, Sendable {
        public var name: String?
        public var address: EmailAddress

        public init(name: String? = nil, address: EmailAddress) {
            self.name = name
            self.address = address
        }
    }

    public var from: Mailbox
    public var to: [Mailbox]
    public var subject: String
    /// The text, with `\n` line ends (sent as CRLF).
    public var body: String
    /// The `Date:` header, written in `timeZone`.
    public var date: Date
    public var timeZone: TimeZone
    /// The `Message-ID:` without angle brackets (`notice-12.remo@example.co.jp`).
    public var messageID: String
    /// Extra ASCII headers (`X-Remo-Notice`), in order.
    public var extraHeaders: [(name: String, value: String)]

    public init(
        from: Mailbox, to: [Mailbox], subject: String, body: String, date: Date, timeZone: TimeZone,
        messageID: String, extraHeaders: [(name: String, value: String)] = []
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        self.timeZone = timeZone
        self.messageID = messageID
        self.extraHeaders = extraHeaders
    }

    public static func == (lhs: MailMessage, rhs: MailMessage) -> Bool { lhs.rendered() == rhs.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// The message as an RFC 5322 file: ASCII only, CRLF line ends.
    public func rendered() -> String {
        var lines: [String] = []
        lines.append(MailMessage.header("Date", MailMessage.dateText(date, in: timeZone)))
        lines.append(MailMessage.header("From", MailMessage.mailboxText(from)))
        lines.append(MailMessage.header("To", to.map(MailMessage.mailboxText).joined(separator: ", ")))
        lines.append(MailMessage.unstructuredHeader("Subject", subject))
        lines.append("Message-ID: <\(messageID)>")
        for (name, value) in extraHeaders {
            lines.append(MailMessage.unstructuredHeader(name, value))
        }
        lines.append("MIME-Version: 1.0")
        lines.append("Content-Type: text/plain; charset=UTF-8")
        lines.append("Content-Transfer-Encoding: base64")
        lines.append("")
        let text = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(text.utf8).base64EncodedString()
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: - Header encoding (RFC 5322, RFC 2047)

    /// `Name: value`, folded at spaces to stay within 78 characters.
    static func header(_ name: String, _ value: String) -> String {
        var lines: [String] = []
        var current = "\(name):"
        for word in value.split(separator: " ", omittingEmptySubsequences: true) {
            if current.utf8.count + 1 + word.utf8.count > 78, current.utf8.count > name.utf8.count + 1 {
                lines.append(current)
                current = ""
            }
            current += " " + word
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// An unstructured header: as is when it is short printable ASCII, else RFC 2047 encoded words.
    static func unstructuredHeader(_ name: String, _ value: String) -> String {
        if isPlainASCII(value) { return header(name, value) }
        return header(name, encodedWords(value).joined(separator: " "))
    }

    /// `name <address>`, the name quoted or encoded when it needs to be.
    static func mailboxText(_ mailbox: Mailbox) -> String {
        guard let name = mailbox.name, !name.isEmpty else { return mailbox.address.description }
        let shown: String
        if name.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) {
            let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            shown = "\"\(escaped)\""
        } else {
            shown = encodedWords(name).joined(separator: " ")
        }
        return "\(shown) <\(mailbox.address)>"
    }

    static func isPlainASCII(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }
            && !text.contains("=?")
    }

    /// `text` as RFC 2047 `=?UTF-8?B?...?=` words of at most 60 characters (so
    /// that a header name and one word fit a 78-character line), never
    /// splitting a character's UTF-8 bytes between two words.
    static func encodedWords(_ text: String) -> [String] {
        let maximumBytes = 36  // 48 base64 characters, 60 with `=?UTF-8?B?` and `?=`
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if !chunk.isEmpty, chunk.count + bytes.count > maximumBytes {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty || words.isEmpty {
            words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
        }
        return words
    }

    /// ``encodedWords(_:)`` for tests in other modules.
    package static func encodedWordsForTesting(_ text: String) -> [String] { encodedWords(text) }

    /// The RFC 5322 date: `Thu, 30 Apr 2026 09:00:00 +0900`.
    static func dateText(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let offset = timeZone.secondsFromGMT(for: date) / 60
        let sign = offset < 0 ? "-" : "+"
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        return "\(days[((parts.weekday ?? 1) - 1) % 7]), \(parts.day ?? 1) \(months[((parts.month ?? 1) - 1) % 12]) "
            + "\(parts.year ?? 1970) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) "
            + "\(sign)\(two(abs(offset) / 60))\(two(abs(offset) % 60))"
    }
}
