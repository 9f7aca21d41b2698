extension LicenseCommandText {
    package var japanese: String {
        switch self {
        case .licenseAbstract: "ライセンスの規則: 有効期間、更新、永年ライセンスの組み合わせ、期限通知。"
        case .datesAbstract: "1年・5年ライセンスを割り当てた日からの無料期間と有効期限。"
        case .renewalAbstract: "更新ライセンスをある日に割り当てた場合に無駄になる日数と、無駄にならない最初の日。"
        case .planAbstract: "カメラ台数に対する、登録回数が最も少ない永年ライセンスの組み合わせ。"
        case .noticesAbstract: "有効期限の前にサービスから届くメールと、それぞれの時期にすること。"

        case .helpAssigned: "契約ユーザーにライセンスを割り当てる日。"
        case .helpTerm: "ライセンスの期間: 1y または 5y。"
        case .helpCurrentExpiry: "カメラの現在のライセンスの有効期限。"
        case .helpAssignOn: "更新ライセンスを割り当てる日 (省略時は --today)。"
        case .helpCameras: "ライセンスが必要なカメラ台数。"
        case .helpSpare: "手持ちの未使用の永年ライセンス数 (同じ接続方式、省略時は0)。"
        case .helpConnection: "カメラの接続方式: edge-storage (省略時) または camera-direct。"
        case .helpExpires: "ライセンスの有効期限。"

        case .labelAssigned: "割り当て日"
        case .labelFreeUntil: "無料期間の終了日"
        case .labelPaidFrom: "有効期間の開始"
        case .labelExpires: "有効期限"
        case .labelCurrentExpiry: "現在の有効期限"
        case .labelDaysLost: "無駄になる日数"
        case .labelLossFreeFrom: "無駄にならない割り当て日"
        case .labelWindow: "{from}〜{through}に割り当て"
        case .labelWindowExpires: "有効期限 {expires}"
        case .labelPart: "品番"
        case .labelPackCameras: "台数/セット"
        case .labelCount: "セット数"
        case .labelDate: "日付"
        case .labelAudience: "宛先"
        case .labelDaysBefore: "期限までの日数"
        case .labelAction: "すること"

        case .planSummary:
            "{connection}のカメラ{needed}台分を{registrations}セット ({registrations}回の登録) で購入します (必要{cameras}台、手持ち{spare}本)。"
        case .planNothingToBuy: "購入は不要です。手持ちの{connection}の永年ライセンス{spare}本でカメラ{cameras}台をまかなえます。"
        }
    }
}
