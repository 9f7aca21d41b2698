extension QRCommandText {
    package var japanese: String {
        switch self {
        case .qrAbstract: "QRコードを作成し、ラベル画像やスマートフォンの写真から読み取ります。"
        case .encodeAbstract: "QRコードを PNG、SVG、PDF のいずれかで書き出します (出力ファイルの拡張子で決まります)。"
        case .encodeDiscussion:
            "テキストは UTF-8 で、収まる最小のバージョンのQRコードに入れます (可能な部分は英数字モードを使います)。ファイルは完全に書き込まれるか、まったく書き込まれないかのどちらかです。 -o - は画像を標準出力に書きます。名前に拡張子がないときは --format で形式を指定します。\n\n例:\n  remo qr encode --text REMO -o label.png\n  remo qr encode --text REMO -o - --format svg > label.svg"
        case .decodeAbstract: "JPEG、PNG、HEIC 画像の中のQRコードをすべて探して読み取ります。"
        case .decodeDiscussion:
            "フォルダーはその中の写真 (.jpg、.jpeg、.png、.heic、.heif) を表します (register --photo と同じ)。- は標準入力から画像を1枚読みます。形式はファイル名ではなく内容で判断します。すべてのファイルを読み込めてQRコードが見つかったとき終了コード0、読み込めないファイルがあったとき1 (そのファイル名を示し、他のファイルは読み取りを続けます)、どのファイルにもQRコードがなかったとき4を返します (zbarimg と同じ)。\n\n例:\n  remo qr decode samples/photos\n  remo qr decode --raw label.png | head -1\n  cat label.png | remo qr decode --json -"
        case .helpText: "QRコードに入れるテキスト (UTF-8。日本語も可)。"
        case .helpOutput: "書き出すファイル: .png、.svg、.pdf のいずれか。- は画像を標準出力に書きます (--format と合わせて)。"
        case .helpImageFormat: "画像の形式。出力ファイルの名前が .png、.svg、.pdf で終わらないときに指定します。"
        case .jsonWithImageOnStdout: "-o - は画像を標準出力に書くため、--json は使えません。ファイルを指定するか、--json を外してください。"
        case .helpErrorCorrection: "誤り訂正レベル: L (最も多く入る)、M、Q、H (最も汚れに強い) のいずれか。"
        case .helpModuleSize: "1モジュールの一辺: PNG ではピクセル、SVG と PDF ではポイント。"
        case .helpQuietZone: "QRコードの周りの白い余白 (モジュール数。規格では4)。"
        case .helpFiles: "読み取る画像ファイル (JPEG、PNG、HEIC)、写真のフォルダー、または標準入力を表す -。"
        case .missingText: "エンコードするテキストを --text TEXT で指定してください。"
        case .moduleSizeOutOfRange: "--module-px は1から{max}までの整数で指定してください ({value}が指定されました)。"
        case .quietZoneOutOfRange: "--quiet-zone は0から{max}までのモジュール数で指定してください ({value}が指定されました)。"
        case .noFiles: "読み取る画像ファイルを1つ以上指定してください。"
        case .wrotePixels:
            "{file} を書き出しました: QRバージョン{version}、レベル{level}、{modules}×{modules}モジュール、{side}×{side}ピクセル。"
        case .wrotePoints:
            "{file} を書き出しました: QRバージョン{version}、レベル{level}、{modules}×{modules}モジュール、{side}×{side}ポイント。"
        case .decodeProgress: "読み取り中"
        case .columnFile: "ファイル"
        case .columnText: "内容"
        case .columnRegistrationCode: "登録コード"
        case .columnPayload: "レコーダーラベル"
        case .validLabel: "有効"
        case .helpRaw: "各QRコードのテキストだけを1行ずつ表示します (zbarimg --raw と同じ)。"
        case .rawOrJSON: "--raw と --json はどちらもQRコードの表示方法です。どちらか一方を指定してください。"
        case .notRead: "(読み込めません。下のメッセージを参照してください)"
        case .decodeSummary: "{files}ファイルから{codes}個のQRコードを読み取りました。読み込めなかったファイル: {failed}。"
        }
    }
}
