extension LabelBatchText {
    public var japanese: String {
        switch self {
        case .rowNew: "ラベルを作成しました"
        case .rowReissued: "新しいクレームコードでラベルを作成しました。第{previous}世代のコードは無効になりました"
        case .rowReprinted: "作成済み: 同じラベルをもう一度印刷します"
        case .rowValid: "問題ありませんが、ほかの行が拒否されたため作成していません"
        case .rowPreQR:
            "製造 {produced} は {first} より前です。QR 登録より前の機器には QR ラベルを作りません (製造番号で登録してください)"
        case .rowDuplicated: "同じ製造番号が {line} 行目にもあります"
        case .rowConflict:
            "{field} {labeled} で作成済みです (バッチ {batch})。行を直すか、新しいラベルにしてください"
        case .rowOtherKey:
            "別のラベル鍵 ({key}) で作成済みのため、同じラベルを印刷できません。その鍵ファイルを戻すか、新しいラベルにしてください"
        case .rowRegisteredWithoutLabel:
            "{serial} はラベルなしで（2024年7月より前に製造された機器としてシリアル番号で）登録済みのため、ラベルを作成しません。シリアル番号を確認してください。登録された機器がこの機器なら誤って登録されています。そのアカウントのパートナーに問い合わせてください"
        case .rowRegisteredWithoutLabelMonth:
            "{serial} はラベルなしで（{produced}製造の機器としてシリアル番号で）登録済みのため、ラベルを作成しません。シリアル番号を確認してください。登録された機器がこの機器なら誤って登録されています。そのアカウントのパートナーに問い合わせてください"
        case .rowUnreadable: "ラベルを読み戻せませんでした: {reason}"
        case .checkQuietZone: "QR コードのクワイエットゾーンに何かが描かれています"
        case .checkNoCode: "QR コードが見つかりません"
        case .checkWrongText: "ペイロードではなく「{text}」と読めます"
        case .checkModules:
            "QR コードのモジュールのうち {count} 個がエンコードどおりに描かれていません（誤り訂正によってしか読めない状態です）"
        case .checkFailed: "確認できませんでした: {reason}"
        case .noUnits: "{source} には見出し行だけで機器がありません。ラベルを作るものがありません。"
        case .outputNotFolder: "{path} はフォルダーではなくファイルです。ラベルの出力先にはフォルダーを指定してください。"
        case .cannotWrite: "{path} に書き込めません ({reason})。何も書き込まず、何も記録していません。ラベルの出力先フォルダーを確認してください。"
        case .outputIsFolder: "{path} がフォルダーのため、ファイルを書けません。フォルダーを移動するか、ラベルの出力先に別のフォルダーを指定してください。何も記録していません。"
        case .manifestChanged: "この処理中に別の処理が {serial} のラベルを作成しました。何も記録していません。同じコマンドをもう一度実行してください。"
        case .registeredMeanwhile:
            "この処理中に {serial} がシリアル番号で登録されました。何も記録していません。同じコマンドをもう一度実行してください（その行は受け付けられません）。"
        case .filesNotPlaced:
            "バッチは記録しましたが、{path} を置けませんでした ({reason})。同じバッチを新しいラベルにせずにもう一度作成してください。同じラベルを印刷してファイルを仕上げます。"
        case .keyAbsent:
            "{path} にラベル鍵ファイルがないため、クレームコードを作れません。台帳の鍵は台帳と一緒に作成され、ラベルの一括作成で勝手に作られることはありません。バックアップから鍵ファイルを戻すか、正しいファイルを指定してください。"
        case .keyMissing:
            "ラベル鍵ファイル {path} がありませんが、マニフェストには鍵で作成したラベルが {labels} 枚あります。鍵ファイルをバックアップから戻してください (remo はラベル作成済みの機器に黙って新しいクレームコードを作りません)。鍵が失われた場合は新しい鍵を作れます。作成済みのラベルは有効なままで、そのラベルを再印刷するにはその機器を新しいラベルにする必要があります。"
        case .keyExists: "{path} があります。新しいラベル鍵は鍵がないときだけ作り、既存の鍵を置き換えません。この鍵を使い続けてください。"
        case .keyUnreadable: "ラベル鍵ファイル {path} を読めません: {reason}。"
        case .keyMalformed: "{path} は remo のラベル鍵ファイルではありません。鍵ファイルをバックアップから戻すか、正しい鍵ファイルを指定してください。"
        case .keyCannotCreate: "ラベル鍵ファイル {path} を作れません: {reason}。ラベルは作成していません。"
        case .claimValid: "{serial}: クレームコードは現在のものです。"
        case .claimNotInManifest: "{serial} はどのラベルマニフェストにもありません。ラベルが作成されていない機器です。"
        case .claimWrongCode: "クレームコードが {serial} のラベルのものと違います。コードを確かめるか、ラベルを撮影してください。"
        case .claimRevoked:
            "このクレームコードは {serial} の第{generation}世代のラベルのもので、再発行したラベルに置き換えられています。新しいラベルのコードを使ってください。"
        }
    }
}
