import RemoCore

/// The web app's wording of remedies: where a page or a field of the app does
/// what a library message says to do, the message names it ("… assign licenses
/// to the account first (see “Assign licenses”)."); other remedies are the
/// sentence alone, as the page's own advice covers them. Bound per request by
/// ``LanguageMiddleware``.
struct WebHints: RemedyPresenter {
    func present(_ sentence: String, remedies: [Remedy], in language: Language) -> String {
        let places = remedies.compactMap(Self.place(for:))
        guard let place = places.first else { return sentence }
        return keepingFinalStop(of: sentence) { body in
            WebText.hintAttached(["sentence": .text(body), "place": .message(place)]).sentence(in: language)
        }
    }

    /// The page or field that carries out `remedy`, when the app has one.
    static func place(for remedy: Remedy) -> Message? {
        switch remedy {
        case .assignLicenses, .confirm: WebText.assignTitle()
        case .addStock: WebText.stockTitle()
        case .listLicenses: WebText.customersTitle()
        case .chooseSite: WebText.fieldSite()
        case .typeRegistrationCode: WebText.typedLegend()
        default: nil
        }
    }
}
