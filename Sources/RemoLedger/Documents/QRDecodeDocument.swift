public import RemoCore
public import RemoImaging

/// The codes found in image files, as `remo qr decode --json` prints them and
/// `POST /api/v1/decode` answers: an array, one object per file in input order,
/// `{"file", "error", "codes": [{"text", "corners", "payload", "payloadError"}]}`
/// (docs/cli.md). `error` and `payloadError` are in the current language.
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
        public let text: String
        /// Four `[x, y]` pairs in image pixels: the symbol's top-left, top-right,
        /// bottom-right and bottom-left corners.
        public let corners: [[Int]]
        /// The recorder fields, when the text is a valid recorder payload.
        public let payload: Payload?
        /// Why the text is not a valid recorder payload (another QR code, a damaged label).
        public let payloadError: String?

        public init(_ code: DecodedQR) {
            text = code.text
            corners = code.corners.map { [$0.x, $0.y] }
            do {
                payload = Payload(try RecorderPayload(parsing: code.text))
                payloadError = nil
            } catch {
                payload = nil
                payloadError = error.description
            }
        }

        private enum Key: String, CodingKey { case text, corners, payload, payloadError }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(text, forKey: .text)
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
