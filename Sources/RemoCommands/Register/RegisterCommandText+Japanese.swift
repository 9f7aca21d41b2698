extension RegisterCommandText {
    package var japanese: String {
        switch self {
        case .abstract: "ラベルの写真や入力したコードから、エッジストレージとカメラを契約ユーザーに登録します。"
        case .discussion:
            "エッジストレージはカメラとともに、すべてのカメラ分のライセンスがアカウントにあるときだけ一括で登録します。足りないときは不足数と補うパックを表示します。入力は1件ずつ登録するため、同じ一括登録をもう一度実行すると未登録のものだけを登録します。登録できなかった入力があれば終了ステータスは1です。 --dry-run は各入力がどうなるかを表示するだけで、何も変更しません (拒否されるものがなければ終了コード0)。\n\n例:\n  remo register --customer taro@example.jp --photo photos/ --cameras 2 --dry-run\n  remo register --customer taro@example.jp --code AB1234567-K7QM-2XPR-9DWT-C4"
        case .helpPhoto: "エッジストレージのラベルの写真（JPEG、PNG、HEIC）またはそのフォルダー。1枚に複数のラベルがあればそれぞれ登録します"
        case .helpCode: "ラベルに印字された登録コード（SERIAL-XXXX-XXXX-XXXX-CC）、またはラベルのQRコードの文字列"
        case .helpSerial: "2024年7月より前に製造された（QRラベルのない）エッジストレージのシリアル番号。--model と --produced が必要です"
        case .helpProduced: "--serial で指定したエッジストレージの製造年月（YYYY-MM、2024-07より前。それ以降の機器にはQRラベルがあります）。機器とともに記録します"
        case .helpModel: "--serial で指定したエッジストレージの品番"
        case .helpDeviceID: "--serial で指定したエッジストレージの機器ID番号"
        case .helpRecorder: "登録済みのこのエッジストレージ（シリアル番号）にカメラを --cameras 台追加します"
        case .helpDirect: "カメラダイレクトのカメラを --cameras 台、--site のフォルダーに登録します"
        case .helpCameras: "エッジストレージごとのカメラ台数、または追加する台数。各カメラにライセンスを割り当てます（既定 1）"
        case .helpSite: "新しい機器を入れるフォルダー（既定: default）"
        case .helpLicense: "登録するカメラに順に割り当てるライセンス（複数指定可）。残りは使えるものから割り当てます"
        case .noInput: "登録するものを指定してください: --photo、--code、--serial、--recorder、--direct。"
        case .modelNeedsSerial: "--serial には --model と --produced（わかれば --device-id も）が必要です。--model、--produced、--device-id は --serial とだけ使えます。"
        case .decodingProgress: "写真を読み込み中"
        case .registeringProgress: "登録中"
        case .columnInput: "入力"
        case .columnSerial: "シリアル番号"
        case .columnResult: "結果"
        case .columnCameras: "カメラ（ライセンス）"
        }
    }
}
