import Foundation

/// A `multipart/form-data` body, as a browser sends one.
struct MultipartBody {
    let boundary = "remo-test-\(UUID().uuidString)"
    private(set) var bytes: [UInt8] = []

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    mutating func field(_ name: String, _ value: String) {
        bytes += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    mutating func file(_ name: String, fileName: String, _ content: [UInt8], type: String = "image/jpeg") {
        bytes += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(fileName)\"\r\nContent-Type: \(type)\r\n\r\n".utf8)
        bytes += content
        bytes += Array("\r\n".utf8)
    }

    /// A sample photo from `samples/photos/`.
    mutating func photo(_ sample: String, as fileName: String? = nil) throws {
        let content = try [UInt8](Data(contentsOf: WebFixture.samples.appendingPathComponent("photos").appendingPathComponent(sample)))
        file("photo", fileName: fileName ?? sample, content, type: sample.hasSuffix(".heic") ? "image/heic" : "image/jpeg")
    }

    /// The body with its closing boundary.
    var finished: [UInt8] { bytes + Array("--\(boundary)--\r\n".utf8) }
}
