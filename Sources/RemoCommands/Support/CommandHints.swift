package import RemoCore

/// The command line's wording of remedies: each library message that says
/// what to do gets the command or flag that does it, in parentheses before its
/// final full stop ("… add stock to the partner first (remo stock add).").
/// Bound for the whole run by ``RemoCommand/launch(arguments:environment:)``.
package struct CommandHints: RemedyPresenter {
    package init() {}

    package func present(_ sentence: String, remedies: [Remedy], in language: Language) -> String {
        let hints = remedies.map { Message.Argument.message(Self.hint(for: $0)) }
        return keepingFinalStop(of: sentence) { body in
            HintText.attached(["sentence": .text(body), "hints": .list(hints)]).sentence(in: language)
        }
    }

    /// The command or flag that carries out `remedy`.
    package static func hint(for remedy: Remedy) -> Message {
        switch remedy {
        case .confirm: HintText.confirm()
        case .checkActor: HintText.checkActor()
        case .actAs(let email): HintText.actAs(["email": .text(email.description)])
        case .chooseLedger: HintText.chooseLedger()
        case .makeLedger(let path): HintText.makeLedger(["path": .text(path)])
        case .leaveOutDayOrSimulate: HintText.leaveOutDayOrSimulate()
        case .giveDayFrom(let day): HintText.giveDayFrom(["latest": .text(day.description)])
        case .setBusyTimeout: HintText.setBusyTimeout()
        case .addPartner: HintText.addPartner()
        case .addCustomer: HintText.addCustomer()
        case .confirmEmail: HintText.confirmEmail()
        case .addStock: HintText.addStock()
        case .assignLicenses: HintText.assignLicenses()
        case .importCards: HintText.importCards()
        case .listLicenses: HintText.listLicenses()
        case .bindLicense: HintText.bindLicense()
        case .moveLicense: HintText.moveLicense()
        case .reapplyLicense: HintText.reapplyLicense()
        case .markCameraFailed: HintText.markCameraFailed()
        case .chooseLicense: HintText.chooseLicense()
        case .chooseEncoding: HintText.chooseEncoding()
        case .chooseOutputFolder: HintText.chooseOutputFolder()
        case .chooseImageFormat: HintText.chooseImageFormat()
        case .reissueLabels: HintText.reissueLabels()
        case .repeatBatch: HintText.repeatBatch()
        case .makeLabelKey: HintText.makeLabelKey()
        case .keepLabelKey: HintText.keepLabelKey()
        case .chooseLabelKey: HintText.chooseLabelKey()
        case .listLayouts: HintText.listLayouts()
        case .registerBySerial: HintText.registerBySerial()
        case .typeRegistrationCode: HintText.typeRegistrationCode()
        case .chooseSite: HintText.chooseSite()
        case .reportAllSites: HintText.reportAllSites()
        case .writeToFile: HintText.writeToFile()
        case .csvOnly: HintText.csvOnly()
        case .byteOrderMarkNeedsUTF8: HintText.byteOrderMarkNeedsUTF8()
        case .countDaysFromZero: HintText.countDaysFromZero()
        }
    }
}
