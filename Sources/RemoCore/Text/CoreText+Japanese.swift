extension CoreText {
    public var japanese: String {
        switch self {
        case .dateMalformed: "「{text}」は日付ではありません。2026-04-30 のように YYYY-MM-DD の形で入力してください。"
        case .dateNoSuchDay: "「{text}」という日は暦にありません。月と日を確認してください。"
        }
    }
}
