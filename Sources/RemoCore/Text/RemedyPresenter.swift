/// How a front end words the remedies of a message: the command line appends
/// its flags and commands, the web app its own hints. Bound for a task with
/// ``Remedy/presenter``.
public protocol RemedyPresenter: Sendable {
    /// `sentence` (a rendered message) with the front end's hint for `remedies`.
    ///
    /// - Parameters:
    ///   - sentence: the message's sentence in `language`.
    ///   - remedies: its remedies, at least one, in order.
    ///   - language: the language of the sentence.
    func present(_ sentence: String, remedies: [Remedy], in language: Language) -> String
}

extension RemedyPresenter {
    /// `sentence` with its body (all but a final full stop, `.` or `。`)
    /// replaced by `hinted(body)`, the full stop kept last: for a hint in
    /// parentheses before it.
    public func keepingFinalStop(of sentence: String, _ hinted: (String) -> String) -> String {
        guard let last = sentence.last, last == "." || last == "。" else { return hinted(sentence) }
        return hinted(String(sentence.dropLast())) + String(last)
    }
}
