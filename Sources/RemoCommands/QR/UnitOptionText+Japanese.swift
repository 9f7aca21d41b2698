extension UnitOptionText {
    package var japanese: String {
        switch self {
        case .helpModel: "レコーダーの品番 (例: WJ-NX200)。"
        case .helpSerial: "レコーダーの製造番号。"
        case .helpDeviceID: "レコーダーの機器ID番号: 0～9、A～Fの8～32文字。"
        case .helpProduced: "生産年月 YYYY-MM: 2024-07 以降 (それより前の機器にはQRラベルがありません)。"
        case .helpClaimCode: "機器の登録確認コード (12文字)。省略すると新しく乱数で作ります。"
        case .missingFields: "レコーダーの項目が足りません。{options} も指定してください。"
        case .payloadAbstract: "2024年7月以降に生産されたレコーダーのQRコードの内容 (docs/qr-payload.md) を出力します。"
        case .payloadDiscussion:
            "QRコードの内容を標準出力に、QRコードの横に印刷する登録コードを標準エラー出力に出します。--claim-code を省略すると新しい登録確認コードを乱数で作ります。倉庫のマニフェストと同じように記録してください。"
        case .registrationCode: "登録コード: {code} (登録確認コード {claimCode})"
        case .textOrUnit: "--text TEXT か、レコーダーの項目 (--model、--serial、--device-id、--produced) のどちらか一方を指定してください。"
        }
    }
}
