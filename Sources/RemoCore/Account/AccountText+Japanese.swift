extension AccountText {
    public var japanese: String {
        switch self {
        case .emailEmpty: "メールアドレスが入力されていません。name@example.co.jp のように入力してください。"
        case .emailNonASCII:
            "「{text}」はメールアドレスではありません。全角文字または英数字以外の文字「{character}」が含まれています。日本語入力をオフにして (半角で) 入力してください。"
        case .emailSpace: "「{text}」はメールアドレスではありません。空白が含まれています。空白を取り除いてください。"
        case .emailAtSign: "「{text}」はメールアドレスではありません。name@example.co.jp のように @ がちょうど1つ必要です。"
        case .emailLocalPart:
            "「{text}」はメールアドレスではありません。@ より前の部分が空か、長すぎるか、使えない文字やドットが含まれています。"
        case .emailDomain:
            "「{text}」はメールアドレスではありません。@ より後ろの部分が example.co.jp のようなドメイン名になっていません。入力誤りがないか確認してください。"
        case .emailTooLong: "「{text}」はメールアドレスではありません。254文字を超えています。"
        }
    }
}
