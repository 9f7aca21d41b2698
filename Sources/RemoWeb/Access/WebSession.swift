public import Foundation
public import RemoCore

/// A live session: its user and when it was last used.
public struct WebSession: Hashable, Sendable {
    /// The secret the browser holds in its cookie; never logged, stored only hashed.
    public let token: SessionToken
    public let user: WebUser
    /// The language the user logged in with, when known.
    public let language: Language?
    public let lastUsed: Date

    public init(token: SessionToken, user: WebUser, language: Language? = nil, lastUsed: Date) {
        self.token = token
        self.user = user
        self.language = language
        self.lastUsed = lastUsed
    }
}
