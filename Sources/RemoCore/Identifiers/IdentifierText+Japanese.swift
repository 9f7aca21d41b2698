extension IdentifierText {
    public var japanese: String {
        switch self {
        case .empty: "{name}が空です。{hint}"
        case .invalidCharacter: "「{text}」は{name}として正しくありません: 「{character}」は使えない文字です。{hint}"
        case .wrongLength: "「{text}」は{name}として正しくありません: {length}文字あります。{hint}"
        case .space: "空白"

        case .nameActivationID: "起動ID番号"
        case .nameEncryptionID: "暗号ID番号"
        case .nameDeviceID: "機器ID番号"
        case .nameMACAddress: "MACアドレス"
        case .nameSerialNumber: "製造番号"
        case .nameModelNumber: "品番"
        case .nameClaimCode: "登録確認コード"

        case .hintActivationID:
            "起動ID番号は英数字16文字で、起動情報案内カードに XXXX-XXXX-XXXX-XXXX の形で記載されています。空白・ハイフン・大文字小文字は問いません。"
        case .hintEncryptionID:
            "暗号ID番号は英数字8文字で、起動情報案内カードに XXXX-XXXX の形で記載されています。空白・ハイフン・大文字小文字は問いません。"
        case .hintDeviceID:
            "機器ID番号は0～9、A～Fの8～32文字で、製品外箱や製品のライセンス登録画面に表示されています。"
        case .hintMACAddress: "MACアドレスは16進数 (0～9、A～F) 12桁です (例: 00:80:45:12:34:56)。"
        case .hintSerialNumber: "製造番号は英大文字A～Zと数字の1～20文字で、空白やハイフンは含みません。本体の表示のとおりに入力してください。"
        case .hintModelNumber:
            "品番は英字・数字・ハイフン・スラッシュ・ピリオドの1～20文字で、英字か数字で始まります (例: WJ-NX200)。"
        case .hintClaimCode: "登録確認コードは英数字12文字 (I、L、O、U は使いません) で、本体のQRラベルに印刷されています。"
        }
    }
}
