/// The port where mail for people goes: initial passwords for new customers,
/// expiry notices. The toolkit sends no mail; an outbox hands messages to
/// whatever does (a directory a mail system watches, a web app's queue).
public protocol Outbox: Sendable {
    /// Puts a message in the outbox under a name unique to it.
    ///
    /// Called inside the use case's transaction, last: when delivery throws,
    /// nothing the use case changed is kept.
    ///
    /// - Parameters:
    ///   - message: the message.
    ///   - name: a name for it, unique and safe as a file name (`password-3-20260430T0300`).
    /// - Returns: where it was put, for people (a file path).
    func deliver(_ message: MailMessage, name: String) throws -> String
}
