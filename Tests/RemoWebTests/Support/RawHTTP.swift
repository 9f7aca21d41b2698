import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP client speaking HTTP/1.1 by hand: for what a test client does
/// not do, such as sending a body a chunk at a time while watching for the
/// answer, or going away half-way through an upload.
final class RawHTTP {
    /// The connected socket; -1 once closed.
    private(set) var socket: Int32

    struct Answer {
        let status: Int
        let headers: [String: String]
        let body: Data
    }

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit { close() }

    /// Closes the socket, once: a second close would close whatever file the
    /// process opened since under the same number (the server's event loop's).
    func close() {
        guard socket >= 0 else { return }
        _ = Glibc.close(socket)
        socket = -1
    }

    /// Sends bytes; false when the server has closed the connection.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    /// Whether the server has sent something (an answer) within `milliseconds`.
    func hasAnswer(within milliseconds: Int32 = 0) -> Bool {
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0 && descriptor.revents & Int16(POLLIN) != 0
    }

    /// Reads the answer: the head, then the body by its `Content-Length` (or to the end).
    func answer(timeout seconds: Double = 60) throws -> Answer {
        var data = Data()
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 65536)
        func parsed() -> Answer? {
            guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
            let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
            let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
            var headers: [String: String] = [:]
            for line in head.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            let body = data[end.upperBound...]
            guard let length = headers["content-length"].flatMap(Int.init) else { return nil }
            return body.count >= length ? Answer(status: status, headers: headers, body: Data(body.prefix(length))) : nil
        }
        while Date() < deadline {
            if let answer = parsed() { return answer }
            guard hasAnswer(within: 200) else { continue }
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            data.append(contentsOf: buffer[0..<count])
        }
        if let answer = parsed() { return answer }
        throw POSIXError(.ETIMEDOUT)
    }

    /// A whole request: head and body.
    static func request(
        _ method: String, _ path: String, headers: [String: String] = [:], body: [UInt8] = []
    ) -> [UInt8] {
        var lines = ["\(method) \(path) HTTP/1.1", "Host: 127.0.0.1", "Content-Length: \(body.count)"]
        lines += headers.map { "\($0.key): \($0.value)" }
        return Array((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8) + body
    }

    /// Logs in as a fixture customer; the session's `Cookie` value.
    static func logIn(port: Int, email: String = "taro@example.jp", password: String = WebFixture.password) throws -> String {
        let client = try RawHTTP(port: port)
        client.send(
            request(
                "POST", "/api/v1/session", headers: ["Content-Type": "application/json"],
                body: Array(#"{"email": "\#(email)", "password": "\#(password)"}"#.utf8)))
        let answer = try client.answer()
        guard answer.status == 200, let cookie = answer.headers["set-cookie"] else { throw POSIXError(.EACCES) }
        return String(cookie.prefix { $0 != ";" })
    }
}
