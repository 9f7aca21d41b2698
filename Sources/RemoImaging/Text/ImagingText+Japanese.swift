extension ImagingText {
    public var japanese: String {
        switch self {
        case .fileNotFound: "「{file}」は存在しません。パスとファイル名を確認してください。"
        case .fileIsDirectory: "「{file}」はフォルダーで、画像ではありません。中の画像ファイルを指定してください。"
        case .fileNotRegular: "「{file}」は通常のファイルではない (パイプ、デバイスまたはソケット) ため、読み込みませんでした。ファイルを指定してください。"
        case .fileIsEmpty: "「{file}」は空 (0バイト) で、画像が入っていません。スマートフォンやカメラからもう一度コピーしてください。"
        case .fileUnreadable: "「{file}」を読み込めません: {reason}。"
        case .fileTooLarge:
            "「{file}」は{size} MBで、remo が1枚の画像として読み込める{limit} MBを超えています。写真またはラベル画像か確認してください。"
        case .unknownFormat:
            "「{file}」はJPEG、PNG、HEICのいずれの画像でもありません (先頭のバイトがどの形式とも一致しません)。ファイル名の拡張子にかかわらず、写真またはラベル画像か確認してください。"
        case .tooManyPixels:
            "「{file}」は{width}×{height}ピクセル ({megapixels}メガピクセル) と宣言しており、remo の上限{limit}メガピクセルを超えるため、デコード前に拒否しました。画像を縮小してからもう一度お試しください。"
        case .damagedImage:
            "「{file}」は壊れているか途中で切れている{format}画像です ({reason})。もう一度コピーするか、書き出し直してください。"
        case .unsupportedImage: "「{file}」は remo が読み込めない{format}画像です ({reason})。"
        case .qrTextEmpty: "エンコードするテキストがありません。QRコードに入れるテキストを指定してください。"
        case .qrTextTooLong:
            "テキストは{bytes}バイトで、誤り訂正レベル{level}ではどのバージョンのQRコードにも収まりません。テキストを短くするか、より低いレベルを選んでください (Lが最も多く入ります)。"
        case .qrEncodingFailed: "libqrencode がテキストをエンコードできませんでした: {reason}。"
        case .imageEncodingFailed: "画像を{format}にエンコードできませんでした: {reason}。"
        case .scanFailed: "zbar が画像からQRコードを探せませんでした: {reason}。"
        case .invalidDrawing: "描画できません。{what}は{range}でなければなりません ({value}が指定されました)。"
        case .drawingFailed: "cairo が{format}出力を描画または書き出しできませんでした: {reason}。"
        case .onePageFormat: "{format}ファイルは1ページしか持てませんが、描画は{pages}ページあります。PDFとして書き出してください。"
        case .unknownOutputFormat:
            "「{file}」の拡張子が .png、.svg、.pdf のいずれでもないため、どの形式で書き出すか決められません。いずれかの拡張子を付けてください。"
        case .writeFailed: "「{file}」を書き込めませんでした ({reason})。何も書き込まれていません。"
        case .noCodeFound: "QRコードが見つかりません"
        case .textUndecided:
            "テキストなし: コードの {bytes} バイトは文字コードを宣言しておらず、{charsets} のいずれとも読めます。バイト列をそのまま示します"
        case .textUnconverted:
            "テキストなし: コードの {bytes} バイトは remo が変換しない {charset} で書かれています。バイト列をそのまま示します"
        case .reasonNoScanner: "zbar が画像スキャナーを確保できませんでした (メモリー不足の可能性があります)"
        case .reasonNoZbarImage: "zbar が画像を確保できませんでした (メモリー不足の可能性があります)"
        case .reasonImageRefused: "zbar が {width}×{height} のグレー画像を受け付けませんでした"
        case .reasonQualityRange: "画質 {quality} が 1 から 100 の範囲にありません"
        case .reasonNoHeifContext: "libheif がコンテキストを確保できませんでした (メモリー不足の可能性があります)"
        case .reasonNoLumaPlane: "デコードした画像に輝度プレーンがありません"
        case .reasonNoRGBPlane: "デコードした画像に RGB プレーンがありません"
        }
    }
}
