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
        case .nameEmpty: "名前が空です。名前を指定してください。"
        case .nameTooLong: "「{start}」で始まる名前は {length} 文字あり、名前の上限 {limit} 文字を超えています。短くしてください。"
        case .nameControlCharacter:
            "名前「{name}」の {position} 文字目に制御文字 (U+{code}) があります。名前は見える文字の1行で、改行、タブ、エスケープコード、方向制御文字は使えません。それを除いて入力し直してください。"
        }
    }
}
