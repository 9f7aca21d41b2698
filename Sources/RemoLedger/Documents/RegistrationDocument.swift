import RemoCore

/// What a registration did, as `remo register --json` prints it and
/// `POST /api/v1/registrations` answers: `{"registered", "results": [{"input",
/// "alsoIn", "serial", "method", "status", "message", "missing", "packs":
/// [{"part", "cameras", "count"}], "cameras": [{"id", "license"}]}]}`. Keys and
/// statuses are never translated; `message` is in the current language.
public struct RegistrationDocument: Encodable, Sendable {
    /// A result per input, in input order.
    public let items: [RegistrationItem]

    public init(_ result: RegistrationResult) {
        items = result.items
    }

    /// The results of several requests (each with its own camera count), in input order.
    public init(items: [RegistrationItem]) {
        self.items = items
    }

    private enum Key: String, CodingKey {
        case registered, results, input, alsoIn, serial, method, status, message, missing, packs, cameras
        case id, license, part, count
    }

    public func encode(to encoder: any Encoder) throws {
        var root = encoder.container(keyedBy: Key.self)
        try root.encode(items.filter { $0.status == .registered }.count, forKey: .registered)
        var results = root.nestedUnkeyedContainer(forKey: .results)
        for item in items {
            var object = results.nestedContainer(keyedBy: Key.self)
            try object.encode(item.input, forKey: .input)
            try object.encode(item.alsoIn, forKey: .alsoIn)
            try object.encode(item.serial?.rawValue, forKey: .serial)
            try object.encode(item.method?.rawValue, forKey: .method)
            try object.encode(item.status.code, forKey: .status)
            try object.encode(item.message.description, forKey: .message)
            try object.encode(item.missing, forKey: .missing)
            if let plan = item.plan {
                var packs = object.nestedUnkeyedContainer(forKey: .packs)
                for line in plan.lines {
                    var pack = packs.nestedContainer(keyedBy: Key.self)
                    try pack.encode(line.product.part, forKey: .part)
                    try pack.encode(line.product.packSize, forKey: .cameras)
                    try pack.encode(line.count, forKey: .count)
                }
            } else {
                try object.encodeNil(forKey: .packs)
            }
            var cameras = object.nestedUnkeyedContainer(forKey: .cameras)
            for camera in item.cameras {
                var entry = cameras.nestedContainer(keyedBy: Key.self)
                try entry.encode(camera.camera.rawValue, forKey: .id)
                try entry.encode(camera.license?.rawValue, forKey: .license)
            }
        }
    }
}
