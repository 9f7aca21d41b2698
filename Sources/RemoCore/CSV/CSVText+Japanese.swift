extension CSVText {
    public var japanese: String {
        switch self {
        case .noHeader: "CSV が空です。1行目に列名を書いてください。"
        case .unterminatedQuote:
            "{line}行目: ここで始まる引用符付きの項目が閉じられていません。閉じる引用符 (\") を追加し、項目内の引用符は \"\" と書いてください。"
        case .textAfterQuote:
            "{line}行目: 引用符で閉じた項目の後に文字があります。項目全体を引用符で囲み、項目内の引用符は \"\" と書いてください。"
        case .wrongFieldCount:
            "{line}行目: 項目が{found}個ありますが、見出し行は{expected}列です。カンマの過不足を確認し、カンマを含む項目は引用符で囲んでください。"
        case .duplicateColumn: "見出し行に「{name}」列が2回あります。1つにしてください。"
        case .missingColumns: "CSV に {missing} 列がありません。見出し行にあるのは {found} です。"
        }
    }
}
