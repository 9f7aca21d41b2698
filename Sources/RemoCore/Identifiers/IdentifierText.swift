/// The identifiers' sentences for people. Templates: `IdentifierText+English.swift`,
/// `IdentifierText+Japanese.swift`.
public enum IdentifierText: String, MessageCatalogue {
    case empty
    case invalidCharacter
    case wrongLength
    case space

    case nameActivationID
    case nameEncryptionID
    case nameDeviceID
    case nameMACAddress
    case nameSerialNumber
    case nameModelNumber
    case nameClaimCode

    case hintActivationID
    case hintEncryptionID
    case hintDeviceID
    case hintMACAddress
    case hintSerialNumber
    case hintModelNumber
    case hintClaimCode
}

extension IdentifierText {
    /// The sentence for a problem with the identifier `text`.
    static func describe(
        _ problem: IdentifierInput.Problem, in text: String, name: IdentifierText, hint: IdentifierText
    ) -> Message {
        switch problem {
        case .empty:
            IdentifierText.empty(["name": .message(name()), "hint": .message(hint())])
        case .invalidCharacter(let character):
            IdentifierText.invalidCharacter([
                "text": .text(text), "character": character == " " ? .message(IdentifierText.space()) : .text(character),
                "name": .message(name()), "hint": .message(hint()),
            ])
        case .wrongLength(let length):
            IdentifierText.wrongLength([
                "text": .text(text), "length": .integer(length), "name": .message(name()), "hint": .message(hint()),
            ])
        }
    }
}
