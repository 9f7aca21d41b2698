import Foundation
public import RemoCore
public import RemoImaging

/// The codes found in image files, as `remo qr decode --json` prints them and
/// `POST /api/v1/decode` answers: an array, one object per file in input order,
/// `{"file", "error", "codes": [{"text", "bytes", "charset", "corners", "payload", "payloadError"}]}`
/// (docs/cli.md). `error` and `payloadError` are in the current language.
/// `text` is null when the code's character set is not sure (``QRText``): its
/// `bytes` (base64) and `charset` (the ECI's, or the guesses) say what it holds.
public struct QRDecodeDocument: Encodable, Sendable {
    /// One input file.
    public struct File: Encodable, Equatable, Sendable {
        public let file: String
        /// Why the file could not be read; nil when it was read.
        public let error: String?
        public let codes: [Code]

        public init(file: String, error: String?, codes: [Code]) {
            self.file = file
            self.error = error
            self.codes = codes
        }

        private enum Key: String, CodingKey { case file, error, codes }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(file, forKey: .file)
            try container.encode(error, forKey: .error)
            try container.encode(codes, forKey: .codes)
        }
    }

    /// One QR code.
    public struct Code: Encodable, Equatable, Sendable {
        /// The text; nil when its character set is not sure.
        public let text: String?
        /// The symbol's bytes as stored.
        public let bytes: [UInt8]
        /// The character set the text was read in (one), or the guesses when there is no text.
        public let charset: [String]
        /// Why there is no text, for people; nil when there is one.
        public let whyNoText: String?
        /// Four `[x, y]` pairs in image pixels: the symbol's top-left, top-right,
        /// bottom-right and bottom-left corners.
        public let corners: [[Int]]
        /// The recorder fields, when the text is a valid recorder payload.
        public let payload: Payload?
        /// Why the text is not a valid recorder payload (another QR code, a damaged label).
        public let payloadError: String?

        public init(_ code: DecodedQR) {
            text = code.text
            bytes = code.bytes
            charset = code.reading.charsets
            whyNoText = code.whyNoText?.description
            corners = code.corners.map { [$0.x, $0.y] }
            guard let text = code.text else {
                payload = nil
                payloadError = whyNoText
                return
            }
            do {
                payload = Payload(try RecorderPayload(parsing: text))
                payloadError = nil
            } catch {
                payload = nil
                payloadError = error.description
            }
        }

        private enum Key: String, CodingKey { case text, bytes, charset, corners, payload, payloadError }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(text, forKey: .text)
            try container.encode(Data(bytes).base64EncodedString(), forKey: .bytes)
            try container.encode(charset, forKey: .charset)
            try container.encode(corners, forKey: .corners)
            try container.encode(payload, forKey: .payload)
            try container.encode(payloadError, forKey: .payloadError)
        }
    }

    /// A recorder payload's fields.
    public struct Payload: Encodable, Equatable, Sendable {
        public let model: String
        public let serial: String
        public let deviceId: String
        public let produced: String
        public let claimCode: String?
        public let registrationCode: String

        public init(_ payload: RecorderPayload) {
            model = payload.unit.model.rawValue
            serial = payload.unit.serial.rawValue
            deviceId = payload.unit.deviceID.rawValue
            produced = payload.unit.produced.description
            claimCode = payload.claimCode.rawValue
            registrationCode = payload.registrationCode.description
        }

        private enum Key: String, CodingKey { case model, serial, deviceId, produced, claimCode, registrationCode }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(model, forKey: .model)
            try container.encode(serial, forKey: .serial)
            try container.encode(deviceId, forKey: .deviceId)
            try container.encode(produced, forKey: .produced)
            try container.encode(claimCode, forKey: .claimCode)
            try container.encode(registrationCode, forKey: .registrationCode)
        }
    }

    public let files: [File]

    /// The document of a scan, each file named by `name` (a path as given, or
    /// an uploaded part's file name).
    public init(_ results: [QRFileScanner.FileResult], name: (String) -> String = { $0 }) {
        files = results.map { result in
            File(file: name(result.file), error: result.error?.message.description, codes: result.codes.map(Code.init))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        try files.encode(to: encoder)
    }
}
