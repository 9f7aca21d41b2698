extension RegistrationText {
    public var japanese: String {
        switch self {
        case .registered: "カメラ{cameras}台とともに {customer} の {site} に登録しました"
        case .registeredDirect: "カメラダイレクトのカメラ{cameras}台を {customer} の {site} に登録しました"
        case .camerasAdded: "エッジストレージ {serial} にカメラ{cameras}台を追加しました"
        case .alreadyRegistered: "{customer} に登録済みです。何も変更していません"
        case .ownedElsewhere:
            "別のアカウントに登録されています。何も変更していません。この契約ユーザーの機器のラベルか確認してください。機器の持ち主が変わった場合は、登録先アカウントの販売パートナーに問い合わせてください"
        case .notInManifest:
            "機器番号 {serial} はどのラベル台帳にもありません。ラベルを確認するか、ラベルを発行したか倉庫に問い合わせてください"
        case .wrongClaimCode:
            "{serial} のラベルの照合コードと一致しません。ラベルを撮り直すか、ラベルに印字された登録コードを入力してください"
        case .serialHasLabel:
            "{serial} にはQRラベルがあります。シリアル番号ではなく、ラベルの写真か印字された登録コードで登録してください"
        case .serialOfQRUnit:
            "{serial} は{produced}製造で、{first}以降の機器にはQRラベルがあります。シリアル番号ではなく、ラベルの写真か印字された登録コードで登録してください"
        case .preQRUnit:
            "{produced}製造で、{first}より前です。QR登録以前の機器のため、シリアル番号・品番・製造年月で登録してください"
        case .noLicense:
            "使えるライセンスがありません。{connection}のライセンスが{needed}本必要ですが、使えるのは{available}本で、{missing}本足りません。先にアカウントにライセンスを割り当て、もう一度登録してください"
        case .noLicensePlan: "{shortage}。不足分を補う永年ライセンスのパック: {plan}"
        case .unreadable: "写真を読み込めませんでした: {reason}"
        case .noCodeInPhoto:
            "写真にQRコードが見つかりません。ラベルに近づいてピントを合わせて撮り直すか、QRコードの横に印字された登録コードを入力してください"
        case .invalidPayload: "remo のラベルとして正しくありません: {reason}"
        case .siteLimit:
            "フォルダー {site} にはカメラダイレクトのカメラが{present}台あり、さらに{cameras}台で1フォルダーあたりの上限{limit}台を超えます。別のフォルダーを使うか、エッジストレージ経由で接続してください"
        case .unknownRecorder: "機器番号 {serial} のエッジストレージは {customer} に登録されていません。先にエッジストレージを登録してください"
        case .licenseRefused: "指定されたライセンスを割り当てられません: {reason}"
        case .notTried:
            "処理していません。前の入力でデータベースのエラーが発生しました。解決してから、もう一度登録してください。登録済みのものはそのまま残ります"
        case .summary: "{inputs}件中{registered}件を登録、{already}件は登録済み、{refused}件は登録できませんでした"
        case .summaryStoreFailed:
            "{inputs}件中{registered}件を登録、{already}件は登録済み、{refused}件は登録できませんでした。データベースのエラーのため{undone}件は処理できませんでした"
        case .summaryRefused: "{refused}件を登録できませんでした。各行の対処方法を確認してください"
        case .badCameraCount: "カメラの台数は{min}から{max}までで指定してください（指定: {count}）"
        }
    }
}
