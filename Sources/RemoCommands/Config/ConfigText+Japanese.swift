extension ConfigText {
    package var japanese: String {
        switch self {
        case .unreadable: "設定ファイル {path} を読めません。権限を確認するか、ファイルを削除してください。"
        case .malformed: "設定ファイル {path} の {line} 行目が key = \"value\" の形ではありません。各設定を key = \"value\" の形で書いてください (# 以降はコメント)。"
        case .unknownKey: "設定ファイル {path} の {line} 行目の {key} は remo の設定にありません。設定できるのは {keys} です。"
        case .badLanguage: "設定ファイル {path} の language = \"{value}\" は使えません。ja か en を指定してください。"
        case .badDatabaseURL:
            "このデータベース URL は読めません。postgres://USER@HOST:PORT/DATABASE (スキーマは小文字で ?schema=NAME) か、台帳ファイルのパスを指定してください。"
        case .dbAbstract: "台帳を別の保存先へ移します。"
        case .dbCopyAbstract: "台帳ファイルを新しい PostgreSQL の台帳にコピーし、すべてのレポートが同じことを確かめます。"
        case .dbCopyDiscussion:
            "すべての行を ID ごと 1 つのトランザクションで移します (すべてか、何もしないか)。データベースは空である必要があります (または ?schema=NAME で新しいスキーマを指定します)。ラベル鍵はファイルの台帳のものを --label-key で使い続けてください。例: remo db copy --from remo.sqlite --to postgres://remo@db.example.jp/remo"
        case .helpCopyFrom: "コピーする台帳ファイル (読むだけです)。"
        case .helpCopyTo: "コピー先の PostgreSQL データベース。"
        case .dbCopied: "{from} の {rows} 行を {to} にコピーしました。{partners} 社のパートナーのレポートはどちらも同じです。"
        case .dbCopyDiffers:
            "{to} のコピーでは、パートナー {partner} のレポートがファイルと一致しません。このコピーは使わずに削除し、不具合として報告してください。"
        case .labelKeyForServer:
            "PostgreSQL の台帳はラベル鍵を別のファイルに保存します。--label-key PATH、REMO_LABEL_KEY または設定ファイルの label_key で場所を指定してください。"

        case .initAbstract: "新しい台帳とラベル鍵を作成します。"
        case .initDiscussion:
            "台帳 (SQLite ファイル、モード 0600) を --db、$REMO_DB、設定ファイルの database、なければ $XDG_DATA_HOME/remo/remo.sqlite に作成し、ラベル鍵をその隣 (または $REMO_LABEL_KEY や設定ファイルの label_key の場所) に作成します。ほかのコマンドは存在しない台帳を使いません。本番用の台帳ではすべての変更の日付を時計で決めます。--simulation はデモ・研修・テスト用の台帳を作成します。その変更には --today を指定でき、日付は先へしか進みません。"
        case .helpSimulation: "シミュレーション台帳を作成します: 変更に --today を指定でき、日付は先へしか進みません。"
        case .initMade: "{path} に{kind}台帳を、{key} にラベル鍵を作成しました。両方を一緒にバックアップしてください。"
        case .initKeyKept: "{path} に{kind}台帳を作成しました。{key} のラベル鍵はすでにあったので、そのまま使います。"
        case .kindLive: "本番用の"
        case .kindSimulation: "シミュレーション"

        case .configAbstract: "有効な設定と、それぞれの設定元を表示します。"
        case .configDiscussion:
            "各設定は次の順で最初に見つかったものです: オプション (--db、--lang、--label-key、--partner)、環境変数 (REMO_DB、REMO_LANG、REMO_LABEL_KEY、REMO_PARTNER)、設定ファイル ($XDG_CONFIG_HOME/remo/config.toml、なければ ~/.config/remo/config.toml。database、language、partner、label_key を key = \"value\" の行で書きます)、既定値。partner は --as も --partner もないときにコマンドが代わりに行動するパートナーです。"
        case .configHeading: "設定"
        case .configValueHeading: "値"
        case .configSourceHeading: "指定元"
        case .configFileLine: "設定ファイル: {path}"
        case .configNotSet: "(未設定)"

        case .sourceOption: "オプション {name}"
        case .sourceEnvironment: "環境変数 {name}"
        case .sourceFile: "設定ファイル"
        case .sourceDefault: "既定値"

        }
    }
}
