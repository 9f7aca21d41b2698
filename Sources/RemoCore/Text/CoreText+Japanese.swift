extension CoreText {
    public var japanese: String {
        switch self {
        case .dateMalformed: "「{text}」は日付ではありません。2026-04-30 のように YYYY-MM-DD の形で入力してください。"
        case .dateNoSuchDay: "「{text}」という日は暦にありません。月と日を確認してください。"
        case .monthMalformed: "「{text}」は年月ではありません。2024-07 のように YYYY-MM の形で入力してください。"
        case .monthNoSuchMonth: "「{text}」という月はありません。月は01～12で指定してください。"
        }
    }
}
