extension ServeCommandText {
    package var japanese: String {
        switch self {
        case .abstract: "Webアプリを提供します（スマートフォンからのレコーダー登録、レポート、在庫、割り当て）。"
        case .discussion:
            "待ち受けを始めると「remo: serving on http://HOST:PORT」と出力し、SIGINT か SIGTERM まで動き続け、処理中の要求を終えてから終了コード0で終わります。シミュレーションの台帳では --today で処理する日を指定でき、それ以外は時計の日付で処理します。スマートフォンのカメラでの直接読み取りには HTTPS（--tls-cert と --tls-key）が必要です。写真のアップロードは信頼できるネットワークなら HTTP でも使えます。"
        case .helpHost: "待ち受けるアドレス（既定は 127.0.0.1 でこの機械だけ。ネットワーク上のスマートフォンからは 0.0.0.0）"
        case .helpPort: "待ち受けるポート（既定は 8080。0 なら空いているポートを選んで表示）"
        case .helpTLSCertificate: "HTTPS で提供するための PEM 形式の証明書チェーン（--tls-key と一緒に）"
        case .helpTLSKey: "--tls-cert の PEM 形式の秘密鍵"
        case .tlsNeedsBoth: "--tls-cert と --tls-key は一緒に指定します。両方指定するか、HTTP なら両方とも省いてください。"
        case .plainOnNetwork: "remo: 警告: {host} で暗号化なしの HTTP を提供しています。ネットワーク上の誰でも送信内容（パスワードを含む）を読めます。信頼できるネットワークでだけ使うか、--tls-cert と --tls-key を指定してください。"
        case .stopped: "remo: 停止しました"
        }
    }
}
