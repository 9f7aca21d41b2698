import Hummingbird
import RemoLedger

/// A document as the API's answer: the bytes the command line prints with `--json`.
enum JSONResponse {
    static func make(_ document: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: try JSONDocument.bytes(document))))
    }
}
