public import Foundation

/// A live session: its user and when it was last used.
public struct WebSession: Hashable, Sendable {
    /// The secret the browser holds in its cookie; never logged, stored only hashed.
    public let token: SessionToken
    public let user: WebUser
    public let lastUsed: Date

    public init(token: SessionToken, user: WebUser, lastUsed: Date) {
        self.token = token
        self.user = user
        self.lastUsed = lastUsed
    }
}
