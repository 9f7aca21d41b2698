extension PayloadText {
    public var japanese: String {
        switch self {
        case .notRemoPayload:
            "このQRコードは remo のレコーダーラベルではありません (「{text}」は REMO: で始まっていません)。レコーダー本体のQRラベルを読み取ってください。"
        case .unsupportedVersion:
            "このレコーダーラベルのデータ形式はバージョン{version}で、この remo では読めません (読めるのはバージョン{supported}です)。remo を更新するか、QRコードの横に印刷された登録コードを入力してください。"
        case .damaged:
            "QRラベルのデータが壊れています (チェックが一致しません)。読み取り直すか、QRコードの横に印刷された登録コードを入力してください。"
        case .wrongFieldCount:
            "QRラベルのデータの項目数が{count}個です ({expected}個のはずです)。QRコードの横に印刷された登録コードを入力してください。"
        case .preQRUnit:
            "この機器はQRコードによる登録の対象外です。製造番号で登録してください ({serial}、{produced}生産、{first}より前)。"
        case .malformedField: "QRラベルの{field}「{value}」が正しくありません。{reason}"
        case .fieldNotCanonical: "{canonical} のとおりに書かれている必要があります。"
        case .fieldProduced: "生産年月"
        case .encodePredatesQR:
            "{serial} は{produced}の生産で、{first}より前のためQRラベルは作れません。製造番号で登録してください。"

        case .registrationCodeEmpty: "登録コードが空です。レコーダーのラベルのQRコードの横に印刷されたコードを入力してください。"
        case .registrationCodeInvalidCharacter:
            "「{text}」は登録コードではありません: 「{character}」は使えない文字です。登録コードは英数字です。空白とハイフンは問いません。"
        case .registrationCodeWrongLength:
            "「{text}」は登録コードではありません: 英数字が{length}文字あります。登録コードは{minimum}～{maximum}文字です。QRコードの横に印刷されたとおりに入力し直してください。"
        case .registrationCodeTypo:
            "「{text}」は入力に誤りがあります (チェック文字が一致しません)。QRコードの横に印刷された登録コードを入力し直してください。大文字小文字・空白・ハイフンは問いません。"
        }
    }
}
