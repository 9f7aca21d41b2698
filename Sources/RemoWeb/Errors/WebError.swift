public import HTTPTypes
public import RemoCore

/// Why the web app refuses a request: the status it answers with, a stable
/// machine code and a sentence for people in the request's language.
///
/// The API answers `{"error": {"code": "...", "message": "..."}}`; a page shows
/// the message. Library errors (``RemoLedger``'s refusals) are mapped to these
/// by ``WebError/init(library:)``, so that every route answers the same way.
public enum WebError: Error, Sendable {
    /// A field of the request is missing or wrong (400); the message names it.
    case badField(String, reason: Message)
    /// A required field is missing (400).
    case missingField(String)
    /// The body is not what the route reads (JSON or multipart form data) (415).
    case unsupportedBody(String)
    /// The request needs a logged-in user (401).
    case notLoggedIn
    /// The address or password is wrong: the same answer for both (401).
    case wrongLogin
    /// Too many failed attempts; try again after this many seconds (429).
    case tooManyAttempts(retryAfter: Int)
    /// A state-changing request from another site (403).
    case crossSite
    /// The user may not do this (403); the library's sentence says why.
    case forbidden(Message)
    /// Nothing is at this path (404).
    case notFound(String)
    /// The path does not take this method (405); these do.
    case methodNotAllowed(allowed: [String])
    /// Something the request names does not exist or is not visible (404).
    case unknown(Message)
    /// A part of an upload is over the size limit (413).
    case partTooLarge(part: String, limitMB: Int)
    /// An upload has more parts than allowed (413).
    case tooManyParts(limit: Int)
    /// A JSON body is over its limit (413).
    case bodyTooLarge(limitKB: Int)
    /// No part of an upload is an image (415).
    case noImage
    /// The library refused the request as a whole (400), with its sentence.
    case refused(Message)
    /// The store is busy or unusable (503), with its sentence.
    case unavailable(Message)
    /// A bug or a broken disk (500): nothing of it is shown but a reference.
    case internalError(reference: String)

    /// The HTTP status.
    public var status: HTTPResponse.Status {
        switch self {
        case .badField, .missingField, .refused: .badRequest
        case .unsupportedBody, .noImage: .unsupportedMediaType
        case .notLoggedIn, .wrongLogin: .unauthorized
        case .tooManyAttempts: .tooManyRequests
        case .crossSite, .forbidden: .forbidden
        case .notFound, .unknown: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .partTooLarge, .tooManyParts, .bodyTooLarge: .contentTooLarge
        case .unavailable: .serviceUnavailable
        case .internalError: .internalServerError
        }
    }

    /// The machine spelling (`error.code` in the JSON); never translated.
    public var code: String {
        switch self {
        case .badField: "bad-field"
        case .missingField: "missing-field"
        case .unsupportedBody: "unsupported-body"
        case .notLoggedIn: "not-logged-in"
        case .wrongLogin: "wrong-login"
        case .tooManyAttempts: "too-many-attempts"
        case .crossSite: "cross-site"
        case .forbidden: "forbidden"
        case .notFound: "not-found"
        case .methodNotAllowed: "method-not-allowed"
        case .unknown: "unknown"
        case .partTooLarge: "part-too-large"
        case .tooManyParts: "too-many-parts"
        case .bodyTooLarge: "body-too-large"
        case .noImage: "no-image"
        case .refused: "refused"
        case .unavailable: "unavailable"
        case .internalError: "internal"
        }
    }

    /// The sentence for people.
    public var message: Message {
        switch self {
        case .badField(let field, let reason): WebText.errorBadField(["field": .text(field), "reason": .message(reason)])
        case .missingField(let field): WebText.errorMissingField(["field": .text(field)])
        case .unsupportedBody(let type): WebText.errorUnsupportedBody(["type": .text(type)])
        case .notLoggedIn: WebText.errorNotLoggedIn()
        case .wrongLogin: WebText.errorWrongLogin()
        case .tooManyAttempts(let seconds): WebText.errorTooManyAttempts(["minutes": .integer(max(1, (seconds + 59) / 60))])
        case .crossSite: WebText.errorCrossSite()
        case .forbidden(let reason), .unknown(let reason), .refused(let reason), .unavailable(let reason): reason
        case .notFound(let path): WebText.errorNotFound(["path": .text(path)])
        case .methodNotAllowed(let allowed): WebText.errorMethodNotAllowed(["methods": .list(allowed.map { .text($0) })])
        case .partTooLarge(let part, let limit): WebText.errorPartTooLarge(["part": .text(part), "limit": .integer(limit)])
        case .tooManyParts(let limit): WebText.errorTooManyParts(["limit": .integer(limit)])
        case .bodyTooLarge(let limit): WebText.errorBodyTooLarge(["limit": .integer(limit)])
        case .noImage: WebText.errorNoImage()
        case .internalError(let reference): WebText.errorInternal(["reference": .text(reference)])
        }
    }
}
