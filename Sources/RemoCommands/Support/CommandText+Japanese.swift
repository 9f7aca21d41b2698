extension CommandText {
    package var japanese: String {
        switch self {
        case .rootAbstract: "i-PRO Remo. 販売パートナー向け: レコーダーのQRラベル、ライセンスの規則、機器登録。"
        case .helpDatabase: "台帳 (SQLite ファイル。省略時は $REMO_DB、設定ファイルの database、それもなければ $XDG_DATA_HOME/remo/remo.sqlite)。remo init で作成します。"
        case .helpToday: "参照・計画するコマンドの基準日 (省略時はアカウントのタイムゾーン、既定は Asia/Tokyo での今日)。変更に指定できるのはシミュレーション台帳だけです。"
        case .helpActor: "操作する人: パートナーユーザー、契約ユーザー、共有ユーザーのいずれか (操作履歴に記録)。"
        case .helpJSON: "人向けの表示の代わりに、JSON 文書を1つ標準出力に出します。"
        case .helpLanguage: "表示言語: ja または en (省略時は $REMO_LANG、それもなければロケール)。"
        case .standardInput: "標準入力"
        case .helpWide: "表の各行を幅にかかわらず1行で表示します (パイプやファイルへの出力は常に1行です)。"
        case .helpQuiet: "人向けのテキスト、お知らせ、進捗を表示しません。JSON や指定したファイル、エラー、拒否の内容だけを出力します。"
        case .standardOutput: "標準出力"
        case .inputMissing: "{file} はありません。パスを確認してください (- は標準入力を読みます)。"
        case .inputFolder: "{file} はフォルダーです。ファイルを指定してください。"
        case .standardOutputFailed:
            "出力を標準出力に書き込めませんでした ({reason})。出力は失われました。空き容量を確保するか、ファイルまたは全部を読むプログラムに出力してください。"
        case .changeCommitted:
            "出力に失敗する前に、変更そのものは台帳 {database} に記録されています。変更をもう一度実行せず、`remo audit` (または一覧のコマンド) で確かめてください。"
        }
    }
}
