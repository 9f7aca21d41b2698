/// Who sent a request: nobody known yet, or a user with a live session.
public enum Visitor: Sendable {
    case anonymous
    case signedIn(WebSession)
}
