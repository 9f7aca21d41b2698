extension LabelLayoutText {
    public var japanese: String {
        switch self {
        case .layoutA4Forty:
            "A4 ラベル用紙 40 面、48.5 × 25.4 mm (4 × 10、すき間なし。余白は左右 8 mm、上下 21.5 mm): Avery Zweckform 3657 と同等品。300 dpi。"
        case .layoutA4TwentyFour:
            "A4 ラベル用紙 24 面、70 × 37 mm (3 × 8、すき間なし。左右余白なし、上下 0.5 mm): Avery Zweckform 3474 と同等品。300 dpi。"
        case .layoutThermal50x30: "50 × 30 mm のラベルを 1 ページに 1 枚。203 dpi の感熱ラベルプリンター用。"
        case .layoutThermal62x29: "62 × 29 mm のラベルを 1 ページに 1 枚。300 dpi の Brother QL プリンター (DK-11209) 用。"
        case .unknownLayout: "ラベルのレイアウト「{name}」はありません。{names} のいずれかを指定してください。"
        case .serialCaption: "S/N"
        case .registrationCodeCaption: "登録コード"
        case .qrTooSmall:
            "{modules} モジュール (クワイエットゾーンを含む) の QR コードは、1 モジュール {dots} ドット以上ではレイアウト {layout} のラベルに収まりません。大きいレイアウトを使ってください。"
        case .textTooLong: "「{text}」は最小の文字サイズでもレイアウト {layout} のラベルに収まりません。大きいレイアウトを使ってください。"
        }
    }
}
