extension ReportCommandText {
    package var japanese: String {
        switch self {
        case .abstract: "機器・ライセンス一覧: すべてのエッジストレージとカメラのライセンス、状態、残り日数。"
        case .discussion:
            """
            1つのアカウント (--customer) または販売パートナーのすべてのアカウント (--partner) について、各カメラの\
            ライセンス (品番、種類、ライセンス番号または起動ID番号、割り当て日、無料期間、有効期限)、--today 時点の状態 \
            (無料期間中、有効、期限間近、期限切れ、永年、未割り当て) と残り日数、エッジストレージの登録方法、\
            接続方式ごとの接続カメラ台数とライセンス数を出力します。端末用のテキスト、表計算ソフト用の CSV、\
            プログラム用の JSON、引き渡し用の PDF (-o FILE.pdf) に対応しています。

            -o - は標準出力に書きます (PDF も)。日本語表示では、--no-bom を指定しない限り CSV の先頭に BOM を付けます。端末では表をその幅に合わせます (--wide で1行に)。

            例:
              remo report --customer taro@example.jp
              remo report --partner P001 --format pdf -o report.pdf
            """
        case .helpCustomer: "レポートを作る契約ユーザー。"
        case .helpPartner: "この販売パートナーのすべての (閲覧できる) アカウントのレポートを作ります。"
        case .helpFormat: "text、csv、json、pdf のいずれか (既定: text、--json のときは json)。"
        case .helpOutput: "標準出力の代わりにこのファイルに書き出します (全部書けたときだけ置き換えます)。pdf では必須です (- は標準出力)。"
        case .helpByteOrderMark: "UTF-8 の CSV の先頭に BOM を付けます (Excel が UTF-8 として読むために必要です。日本語表示のときは既定で付けます)。"
        case .helpEncoding: "CSV の文字コード: utf-8 (既定) または cp932 (日本語版 Excel)。"
        case .helpExpiringWithin: "ライセンスがこの日数以内に切れるカメラだけを表示します (--unlicensed と併用するとどちらか)。"
        case .helpUnlicensed: "有効なライセンスのないカメラ (未割り当て・期限切れ) だけを表示します。"
        case .helpSite: "この名前のフォルダーだけを表示します。"
        case .needsScope: "レポートの対象を --customer EMAIL か --partner CODE のどちらか一方で指定してください。"
        case .jsonConflict: "--json は JSON のレポートを出力します。--format {format} とは併用できません。"
        case .written: "レポートを {file} に書き出しました。"
        }
    }
}
