extension LicenseText {
    public var japanese: String {
        switch self {
        case .connectionEdgeStorage: "エッジストレージ"
        case .connectionCameraDirect: "カメラダイレクト"
        case .termYears: "{years}年ライセンス"
        case .termPerpetual: "永年ライセンス"
        case .unknownPart: "「{part}」はライセンスの品番ではありません。次のいずれかを指定してください: {known}"
        case .productBeforeLaunch:
            "{part} の発売は{launched}です。{date}付けのカードはありえません。品番と日付を注文データで確認してください。"

        case .statusFree: "無料期間中"
        case .statusActive: "有効"
        case .statusExpiring: "期限間近"
        case .statusExpired: "期限切れ"
        case .statusPerpetual: "永年"
        case .statusUnlicensed: "未割り当て"
        case .daysLeft: "残り{count}日"

        case .bindingLicenseExpired:
            "このライセンスは{expires}に有効期限が切れているため、{boundOn}にカメラへ割り当てることはできません。新しいライセンスを契約ユーザーに割り当ててください。"
        case .bindingUnboundBeforeBound:
            "{boundOn}に割り当てたライセンスを{unboundOn}に外すことはできません。割り当てた日より後の日を指定してください。"

        case .renewalLosesDays:
            "{assigned}に更新ライセンスを割り当てると、現在のライセンスの有効期限{currentExpiry}より前に有効期間が始まり、{count}日分が無駄になります。{lossFreeFrom}以降に割り当てれば無駄はありません。"
        case .renewalLeavesGap:
            "{assigned}に更新ライセンスを割り当てると、現在のライセンスの有効期限{currentExpiry}の後、{count}日間ライセンスのない期間ができます。有効期限までに割り当ててください。翌日に自動で割り当てられます。"
        case .renewalLosesNothing:
            "{assigned}に更新ライセンスを割り当てても有効期間に無駄はありません。有効期限は{expires}です。"

        case .renewalWindows:
            "{from}から{through}までに割り当てれば損失はありません。{best}以降なら有効期限が最も遅く、{bestExpires}になります ({best}より前なら{earlyExpires})。"
        case .serviceHDMILiveView: "エッジストレージにつないだHDMIモニターでのリアルタイム映像表示"
        case .serviceRemoteLiveView: "遠隔でのリアルタイム映像表示・制御・ダウンロード"
        case .serviceEdgeRecording: "エッジストレージ録画"
        case .serviceHDMIPlayback: "HDMIモニターでの録画映像の再生・検索"
        case .serviceRemotePlayback: "Remo. 経由の遠隔再生・検索"
        case .serviceSDCardExport: "SDカード内録画データのPCへの取り出し・再生"
        case .serviceHDMIEventNotice: "HDMIモニターへのイベント通知"
        case .serviceRemoteEventNotice: "Remo. 経由のイベント通知の遠隔表示"
        case .serviceRemoteMaintenance: "Remo. 経由のリモートメンテナンス"
        case .serviceAfterExpiry:
            "有効なライセンスがないと、{stopping}は停止します。{continuing}は継続します。ライセンスを割り当てると復旧します。"
        case .audiencePartner: "販売パートナー"
        case .audienceCustomer: "契約ユーザー"
        case .noticeAskCustomer: "契約ユーザーに有効期限を説明し、更新するかどうかを確認してください。"
        case .noticeOrder: "更新する場合は注文書を準備し、更新ライセンスを購入してください。"
        case .noticeAssignRenewal: "更新する場合は、いま更新ライセンスを契約ユーザーに割り振ってください。"
        case .noticeCatchUp: "忘れていたことがあれば対応してください。更新ライセンスは有効期限までに割り振る必要があります。"
        case .noticeLastCall: "有効期限は明日です。更新ライセンスがなければ、遠隔での映像表示や録画が停止します。"
        case .noticeCustomerInformed: "契約ユーザーに有効期限の通知が届きます。更新についての問い合わせに備えてください。"

        case .perpetualMoveWindowClosed:
            "この永年ライセンスは{assigned}に割り当てられました。別のカメラへの付け替えは割り当て後30日以内 ({lastDay}まで) に限られるため、{date}には付け替えできません。"
        case .perpetualTypeChangeWindowClosed:
            "この永年ライセンスは{assigned}に割り当てられました。割り当てライセンス種別の変更は割り当て後30日以内 ({lastDay}まで) に限られるため、{date}には変更できません。"
        case .perpetualReapplicationWindowClosed:
            "この永年ライセンスは{firstApplied}に初めて適用されました。修理品や交換品への再適用は5年以内 ({lastDay}まで) に限られるため、{date}には新しいライセンスが必要です。{part}を購入してください。"

        case .planNegativeCameras: "カメラ台数に負の数 ({count}) は指定できません。0以上を指定してください。"
        case .planNegativeSpare: "手持ちの永年ライセンス数に負の数 ({count}) は指定できません。0以上を指定してください。"
        }
    }
}
