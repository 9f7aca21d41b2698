import RemoCore
import RemoLedger

extension WebError {
    /// The web's answer to an error a route met: itself when it is one, a
    /// library refusal with its status, or an internal error.
    ///
    /// - Parameters:
    ///   - error: what a route or the library threw.
    ///   - reference: the reference shown for an internal error (and logged beside its type).
    init(library error: any Error, reference: @autoclosure () -> String) {
        switch error {
        case let web as WebError: self = web
        case let account as AccountError:
            switch account {
            case .unknownCustomer, .unknownPartner: self = .unknown(account.message)
            case .wrongPassword, .initialPasswordExpired: self = .wrongLogin
            default: self = .refused(account.message)
            }
        case let access as AccessError: self = .forbidden(access.message)
        case let limit as AttemptLimitError: self = .tooManyAttempts(retryAfter: limit.retryAfter)
        case let device as DeviceError:
            switch device {
            case .unknownCamera, .unknownRecorder: self = .unknown(device.message)
            case .directCameraOnRecorder, .siteLimit: self = .refused(device.message)
            }
        case let store as LedgerStoreError:
            switch store {
            case .refused: self = .refused(store.message)
            default: self = .unavailable(store.message)
            }
        case let provider as any MessageProviding: self = .refused(provider.message)
        default: self = .internalError(reference: reference())
        }
    }
}
