extension LabelCommandText {
    package var japanese: String {
        switch self {
        case .labelsAbstract: "倉庫のラベル作成: レコーダー用のクレームコード付き QR ラベル。"
        case .makeAbstract: "機器ファイルからレコーダーのラベルを作成します: ラベル用紙の PDF、マニフェスト、全ラベルの読み取り確認。"
        case .makeDiscussion:
            """
            機器ファイルは model、serial、device_id、produced (YYYY-MM) の列を持つ CSV です。ほかの列は無視します。UTF-8 (BOM の有無を問わず) または日本語版 Excel の CP932。

            各機器には、ラベル鍵 (データベースの隣に初回に作る秘密のファイル。データベースと一緒にバックアップしてください) から作るクレームコード、QR ペイロード、QR コードの横に印刷する登録コードが付きます。何かを記録する前に、すべてのラベルを描画し、QR コードとクワイエットゾーンを zxing-cpp (見つからなければ zbar) で読み戻して、エンコードした QR コードとモジュールごとに照合します。フォルダーには labels.pdf、manifest.csv (クレームコードは含みません)、--png または --svg のときはラベルごとのファイルを書きます。

            同じファイルをもう一度実行すると同じラベル (同じクレームコード) を印刷し、新たには何も記録しません。--reissue は機器に新しいクレームコードを付け、古いコードを無効にします。2024-07 より前に製造された機器には QR ラベルを作りません。バッチはその行を示して拒否されるか、--skip-invalid で残りを作ります。PDF は実際のサイズ (100 %) で印刷し、「ページに合わせる」は使わないでください。

            --dry-run は各行がどうなるかを表示するだけで、何も変更しません。--csv - は機器を標準入力から読みます。

            例:
              remo labels make --csv units.csv --out sheets --dry-run
              remo labels make --csv units.csv --out sheets --skip-invalid
            """
        case .layoutsAbstract: "--layout で指定するラベルのレイアウト (用紙、配置、ラベルの大きさ、プリンターの解像度) を一覧表示します。"
        case .helpCSV: "機器ファイル (CSV: model,serial,device_id,produced)。- は標準入力を読みます。"
        case .helpOut: "labels.pdf、manifest.csv、ラベルごとのファイルを書くフォルダー (なければ作ります)。"
        case .helpLayout: "ラベル用紙 (一覧は remo labels layouts。既定は a4-40-48.5x25.4)。"
        case .helpSkipInvalid: "ファイル全体を拒否せず、正しい行だけラベルを作り、ほかの行を報告します。"
        case .helpReissue: "ラベル作成済みの機器に新しいクレームコードを付け、古いコードを無効にします (操作履歴に記録)。"
        case .helpPNG: "各ラベルをプリンターの解像度の PNG としても png/ に書きます。"
        case .helpSVG: "各ラベルを SVG としても svg/ に書きます。"
        case .helpLabelKey: "ラベル鍵ファイル (省略時は $REMO_LABEL_KEY、それもなければ <データベース>.label-key)。"
        case .helpNewKey: "以前にラベルを作ったのに鍵ファイルがない場合 (鍵を失った場合) に、新しいラベル鍵を作ります。"
        case .pngOrSVG: "--png と --svg はどちらか一方だけ指定してください。"
        case .checkingProgress: "ラベルを作成・確認中"
        case .labelSerial: "製造番号"
        case .labelLayout: "レイアウト"
        case .labelPerPage: "面数"
        case .labelSize: "ラベル"
        case .labelResolution: "プリンター"
        case .defaultLayout: "{name} (既定)"
        case .skipped: "スキップ: {reason}"
        case .made:
            "{layout} で {pages} ページに {labels} 枚のラベルを作成しました (新規 {new}、再印刷 {reprinted}、再発行 {reissued})。すべてのラベルを {dpi} dpi 用に描画し、読み戻しました。"
        case .batchRecorded: "ラベルバッチ {batch} として記録しました。"
        case .nothingNew: "新たに記録したものはありません。すべての機器はラベル作成済みです。"
        case .skippedRows: "{count} 行をスキップしました (--skip-invalid)。"
        case .filesWritten: "{pdf} と {manifest} を書きました (全部で {count} ファイル)。"
        case .keyCreated: "新しいラベル鍵ファイルを作りました。安全に保管し、データベースと一緒にバックアップしてください。"
        case .moreNoted: "…受け付けない行と飛ばした行は全部で {count} 行あり、最初の {shown} 行を表示しています（--json ですべての行を表示します）。"
        case .nothingToLabel: "ラベルを作成していません。ラベルを作れる行がありません。"
        case .notMade: "ラベルを作成せず、何も記録していません。{count} 行が拒否されました。直すか、--skip-invalid で残りを作成してください。"
        case .wouldLabel: "ラベルを作成します"
        case .wouldReissue: "新しいクレームコードでラベルを作成し、第{previous}世代のコードを無効にします"
        case .wouldReprint: "作成済み: 同じラベルをもう一度印刷します"
        case .dryRunSummary:
            "予行: ラベル {labels} 枚を作成します (新規 {new}、再印刷 {reprinted}、再発行 {reissued})。何も書き込まず、何も記録していません。"
        case .dryRunRefused: "予行: {count} 行が拒否されるため、ラベルを作成しません。何も書き込まず、何も記録していません。"
        case .helpDryRun: "各行がどうなるかを表示し、何も変更しません (ファイル、バッチ、鍵を作りません)。"
        }
    }
}
