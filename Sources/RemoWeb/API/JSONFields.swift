import Foundation
import Hummingbird
import RemoCore

/// A JSON object read from a request body, field by field, each bad field
/// refused by name (400) with what is wrong.
struct JSONFields {
    let object: [String: Any]
    /// The field path shown in messages (`items[2].code`).
    let prefix: String

    init(object: [String: Any], prefix: String = "") {
        self.object = object
        self.prefix = prefix
    }

    /// The body of a request, which must be JSON (415 otherwise) holding an object (400).
    static func read(_ request: Request, limit: Int) async throws -> JSONFields {
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("application/json") else { throw WebError.unsupportedBody(type) }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw WebError.bodyTooLarge(limitKB: limit / 1024)
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any] else {
            throw WebError.badField("body", reason: WebText.errorBodyUnreadable())
        }
        return JSONFields(object: object)
    }

    func name(_ field: String) -> String { prefix + field }

    func has(_ field: String) -> Bool { object[field] != nil && !(object[field] is NSNull) }

    /// A text field; nil when absent.
    func string(_ field: String) throws -> String? {
        guard has(field) else { return nil }
        guard let text = object[field] as? String else {
            throw WebError.badField(name(field), reason: WebText.errorNotAFormat(["text": .text(describe(object[field])), "formats": "text"]))
        }
        return text
    }

    func requiredString(_ field: String) throws -> String {
        guard let text = try string(field) else { throw WebError.missingField(name(field)) }
        return text
    }

    /// An e-mail address field.
    func email(_ field: String) throws -> EmailAddress {
        let text = try requiredString(field)
        do {
            return try EmailAddress(text)
        } catch {
            throw WebError.badField(name(field), reason: error.message)
        }
    }

    /// A whole number in `range`; nil when absent.
    func integer(_ field: String, in range: ClosedRange<Int>) throws -> Int? {
        guard has(field) else { return nil }
        let value = object[field]
        guard let number = value as? NSNumber, !Self.isBoolean(number),
            let integer = Int(exactly: number.doubleValue), range.contains(integer)
        else {
            throw WebError.badField(
                name(field),
                reason: WebText.errorNotANumber(["text": .text(describe(value)), "min": .integer(range.lowerBound), "max": .integer(range.upperBound)]))
        }
        return integer
    }

    /// A true/false field; nil when absent.
    func boolean(_ field: String) throws -> Bool? {
        guard has(field) else { return nil }
        guard let number = object[field] as? NSNumber, Self.isBoolean(number) else {
            throw WebError.badField(name(field), reason: WebText.errorNotABoolean(["text": .text(describe(object[field]))]))
        }
        return number.boolValue
    }

    /// A list of texts; empty when absent.
    func strings(_ field: String) throws -> [String] {
        guard has(field) else { return [] }
        guard let list = object[field] as? [Any] else {
            throw WebError.badField(name(field), reason: WebText.errorNotAFormat(["text": .text(describe(object[field])), "formats": "[text]"]))
        }
        return try list.enumerated().map { index, item in
            guard let text = item as? String else {
                throw WebError.badField("\(name(field))[\(index)]", reason: WebText.errorNotAFormat(["text": .text(describe(item)), "formats": "text"]))
            }
            return text
        }
    }

    /// A list of objects; empty when absent.
    func objects(_ field: String) throws -> [JSONFields] {
        guard has(field) else { return [] }
        guard let list = object[field] as? [Any] else {
            throw WebError.badField(name(field), reason: WebText.errorNotAFormat(["text": .text(describe(object[field])), "formats": "[object]"]))
        }
        return try list.enumerated().map { index, item in
            guard let nested = item as? [String: Any] else {
                throw WebError.badField("\(name(field))[\(index)]", reason: WebText.errorNotAFormat(["text": .text(describe(item)), "formats": "object"]))
            }
            return JSONFields(object: nested, prefix: "\(name(field))[\(index)].")
        }
    }

    /// Whether JSONSerialization read `true` or `false` (a `char` number), not a number.
    static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    /// A value as shown in a message: short, never a whole document.
    private func describe(_ value: Any?) -> String {
        guard let value else { return "null" }
        let text = value is NSNull ? "null" : "\(value)"
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
