import Foundation
import RemoLedger

/// What the routes share: the ledger, the sessions and the login, the one
/// maker of ``RemoLedger/Acting``, the pages and the photo reader.
struct WebServices: Sendable {
    let ledger: Ledger
    let sessions: any SessionStore
    let authenticator: any WebAuthenticator
    let acting: ActingSource
    let pages: PageRenderer
    let photos: PhotoReader
    let settings: WebSettings
}
