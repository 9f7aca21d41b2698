/// An error or result that explains itself to people with a catalogue ``Message``.
///
/// Conforming types get a `description` in the current language
/// (``Language/current``), which is what swift-argument-parser prints for an
/// error that reaches the command line.
public protocol MessageProviding: CustomStringConvertible {
    /// The sentence for people.
    var message: Message { get }
}

extension MessageProviding {
    /// The message in the current language.
    public var description: String { message.rendered(in: Language.current) }
}
