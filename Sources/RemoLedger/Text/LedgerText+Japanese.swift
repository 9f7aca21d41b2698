extension LedgerText {
    public var japanese: String {
        switch self {
        case .accessUnknownUser:
            "{email} でログインする販売パートナー、契約ユーザー、共有ユーザーはいません。操作するユーザーのアドレスを確認してください。"
        case .accessReadOnly: "{email} は共有ユーザーです。共有ユーザーはアカウントを閲覧できますが、変更はできません。"
        case .accessOperatorOnly: "{action}ことができるのはデータベースのローカル管理者だけです。{actor} にはできません。"
        case .accessOtherPartner: "販売パートナー {actor} は販売パートナー {partner} の操作はできません。各販売パートナーは自社の在庫と契約ユーザーだけを管理します。"
        case .accessPartnerOnly: "{actor} は契約ユーザーです。{action}ことができるのは販売パートナーだけです。"
        case .accessCustomerOnly: "{action}ことができるのは契約ユーザー本人 ({customer}) だけで、{actor} にはできません。契約ユーザーとして実行してください。"

        case .clockDayGivenOnLive:
            "この台帳は本番用です。変更の日付は時計で決まるため (今日は {today})、{given} の日付にはできません。日付を指定せずに変更してください。日付を指定できるのはシミュレーション台帳 (デモ、研修、テスト用) だけです。"
        case .clockBeforeLatestChange:
            "{day} の日付の変更は受け付けられません。台帳の最新の変更は {latest} で、シミュレーション台帳の日付は先へしか進みません。{latest} 以降の日付を指定してください。"
        case .simulationLedger: "シミュレーション台帳: 日付は時計ではなく指定されたものです。本番の台帳ではありません。"
        case .accessInstallerOnly: "{actor} は施工担当者です。施工担当者ができるのは、販売パートナーの契約ユーザーへのレコーダーとカメラの登録と、そのレポートの閲覧だけです。{action}には販売パートナーの管理者に依頼してください。"
        case .accessReadAudit: "監査ログを見る"
        case .accessReadNotices: "通知を見る"
        case .attemptsTooMany: "{what}が続いたため受け付けを止めています。{minutes}分後にもう一度お試しください。何も変更していません。"
        case .attemptsLogins: "ログインの失敗"
        case .attemptsClaimCodes: "誤ったクレームコード"
        case .attemptsEncryptionIDs: "誤った暗号化ID"
        case .storeNotADatabase:
            "{path} は remo のデータベースではありません (SQLite でないか、壊れています)。別の台帳ファイルを指定するか、このファイルを移動してください。"
        case .storeReadOnly: "{path} に書き込めません (ファイルまたはフォルダーが読み取り専用です)。権限を確認するか、別の台帳ファイルを指定してください。"
        case .storeLocked:
            "{path} は使用中です。別の remo のプロセスが {seconds} 秒間使用していました。何も変更していません。その処理が終わってからやり直してください。"
        case .storeCannotOpen: "{path} を開けません: {reason}。"
        case .storeNewerSchema:
            "{path} は新しい remo で作られています (この remo が知らない変更「{migration}」があります)。新しい remo を使ってください。"
        case .storeRefused: "規則に反するため、データベースが変更を拒否しました: {rule} 何も変更していません。"

        case .storeReasonFolder: "ファイルではなくフォルダーです"
        case .storeReasonNoFolder: "フォルダー {folder} がありません"
        case .storeReasonNoName: "ファイル名が指定されていません"
        case .storeReasonNotRegular: "通常のファイルではありません (デバイス、FIFO、ソケット)。台帳はそれ自体のファイルです"
        case .storeMissing:
            "{path} に台帳がありません。先に台帳を作成してください (本番用、またはデモ・研修・テスト用のシミュレーション台帳)。または意図した台帳を指定してください。"
        case .storeExists: "{path} はすでに存在します。新しい台帳はファイルのない場所にだけ作成します。別のパスを指定するか、そこにある台帳を使ってください。"
        case .storeBadBusyTimeout:
            "ロックされたデータベースを待つ時間 {value} は 0 から {maximum} までの秒数ではありません。その範囲の秒数を指定してください (既定は 10)。"
        case .storeDiskFailure:
            "データベース {path} の読み書きに失敗しました: {reason}。これ以上は何も変更していません。完了と報告したものは確定しています。ディスクの空きを作るか (ディスクを確認し)、もう一度コマンドを実行してください。"
        case .storeFailed: "データベース {path} でエラーが発生しました: {reason}。失敗した手順では何も変更していません。ファイルを確認してから、もう一度実行してください。"
        case .storeNotEmpty:
            "{path} にはすでにテーブルがあります。新しい台帳は空のデータベースにだけ作成します。remo 用に空のデータベース (createdb) かスキーマを作成するか、そこにある台帳を指定してください。"
        case .storeUnreachable:
            "データベース {path} に接続できません: {reason}。PostgreSQL サーバーが動いていること、ユーザー・データベース・パスワード (URL、PGPASSWORD または ~/.pgpass) を確認してから、もう一度実行してください。"
        case .ruleLicenseAssignedOnce: "ライセンスの契約ユーザーへの割り当ては一度だけで、取り消せません。"
        case .ruleAssignmentToOwnCustomer: "販売パートナーの在庫は、その販売パートナーの契約ユーザーにだけ割り当てられます。"
        case .ruleLicenseBoundOnce: "1つのライセンスが同時に紐づけられるカメラは1台だけです。"
        case .ruleBindingInAccount: "ライセンスは割り当てられたアカウントのカメラにだけ紐づけられます。"
        case .ruleBindingConnection: "ライセンスは同じ接続方式のカメラにだけ紐づけられます。"
        case .ruleBindingEndsOnce: "紐づけの終了は一度だけで、開始日以降の日付です。"
        case .ruleCardRegisteredOnce: "起動情報案内カードの登録は一度だけです。"
        case .ruleAppendOnly: "操作履歴、在庫、ライセンス、割り当て、カードは変更も削除もできません。"
        case .ruleCustomerFixed: "契約ユーザーの販売パートナーとメールアドレス、一度行った引き渡しは変更できません。"
        case .ruleCameraFixed: "カメラのアカウントと接続方式、故障日は変更できません。"
        case .ruleUnitLabeledOnce: "機器の有効なラベルは一度に 1 枚で、世代は順に進みます。"
        case .ruleManifestFixed: "ラベルマニフェストの項目は、一度だけ無効にする以外、変更も削除もできません。"

        case .accountMalformedPartnerCode:
            "「{code}」はパートナーコードではありません。英数字、- または _ を1〜32文字で指定してください (例: P0001)。"
        case .accountUnknownPartner: "パートナーコード {code} の販売パートナーはいません。コードを確認するか、販売パートナーを登録してください。"
        case .accountUnknownCustomer:
            "参照できる契約ユーザー {email} はいません。アドレスを確認するか、契約ユーザーを追加してください。"
        case .accountPartnerCodeTaken: "パートナーコード {code} の販売パートナーはすでにいます。別のコードにしてください。"
        case .accountEmailTaken:
            "{email} はすでに販売パートナーまたは契約ユーザーのログインに使われています。ログインごとに別のアドレスが必要です。"
        case .accountAlreadyShared: "{customer} のアカウントはすでに {email} と共有されています。"
        case .accountWrongPassword: "{email} のパスワードが正しくありません。何も変更していません。"
        case .accountInitialPasswordExpired:
            "{email} にメールで送った初期パスワードは {time} に期限切れになりました (24時間以内の変更が必要です)。「パスワードを忘れた場合」で新しいパスワードを送ってください。"
        case .accountWeakPassword: "パスワードは{minimum}文字以上にしてください。"
        case .accountSamePassword: "新しいパスワードが現在のパスワードと同じです。別のパスワードにしてください。"
        case .accountAlreadyHandedOver: "{email} のアカウントは {time} にすでに引き渡し済みです。"
        case .accountEmptyTermsVersion: "同意した利用規約の版を指定してください。"
        case .accountUnknownTimeZone: "「{zone}」はタイムゾーンではありません。Asia/Tokyo のような名前を指定してください。"

        case .stockCountNotPositive: "{count} はライセンスの数として使えません。1以上を指定してください。"
        case .stockCountTooLarge:
            "{count} 本は1回の変更で扱える上限（{maximum} 本）を超えています。何も変更していません。{maximum} 本以下を指定し、それ以上は複数回に分けてください。一度に多く扱う運用では上限を引き上げてください。"
        case .stockPerpetualNotStock:
            "{part} は永年ライセンスです。在庫ではなく起動情報案内カードで提供されます。カードを取り込み、契約ユーザーのアカウントに登録してください。"
        case .stockNotEnough:
            "販売パートナー {partner} の {part} の在庫は{available}本で、指定された{requested}本に足りません。何も割り当てていません。先に販売パートナーの在庫を追加してください。"
        case .stockNotConfirmed:
            "{customer} に {part} を{count}本割り当てると取り消せず、有効期限の計算が今日から始まります。割り当てるには、割り当てを確認して実行し直してください。"
        case .stockEmailLooksWrong:
            "メールアドレス {email} は誤っているようで ({suggestion} の誤りではありませんか)、確認もされていません。このままでは契約ユーザーがログインできないおそれがあります。何も割り当てていません。正しいアドレスで契約ユーザーを追加し直すか、このアドレスを確認済みにしてください。"
        case .stockEmailUnconfirmed:
            "メールアドレス {email} は確認されていません (契約ユーザーがメールで届いたパスワードでログインしておらず、販売パートナーも確認していません)。誤っていると契約ユーザーはログインできないため、何も割り当てていません。契約ユーザーに確認したうえで確認済みにしてください。"

        case .deviceUnknownRecorder: "このアカウントにレコーダー {id} はありません。"
        case .deviceUnknownCamera: "このアカウントにカメラ {id} はありません。"
        case .deviceDirectCameraOnRecorder: "カメラダイレクトのカメラはレコーダーを経由しません。レコーダーの指定を外してください。"
        case .deviceSiteLimit:
            "フォルダー {site} にはカメラダイレクトのカメラが{present}台あり、さらに{cameras}台で1フォルダーあたりの上限{limit}台を超えるため、何も追加していません。別のフォルダーを使うか、エッジストレージ経由で接続してください。"
        case .renewalOfCamera: "カメラ {camera} ({name}): {advice}{windows}"

        case .cardImported:
            "取り込みました。"
        case .cardValidNotImported:
            "正しい行ですが、取り込んでいません。他の行が受け付けられなかったためです (すべて取り込むか、1行も取り込まないかのどちらかです)。"
        case .cardAlreadyImported:
            "取り込み済みです。何もしません。"
        case .cardNotPerpetual:
            "{part} は永年ライセンスのパックではありません。起動情報案内カードは永年ライセンス用です。"
        case .cardDuplicatedLine:
            "この起動ID番号は{line}行目にもあります。"
        case .cardConflict:
            "この起動ID番号は、別の暗号ID番号で取り込み済みです。i-PRO の注文データと一覧を照合してください。"
        case .cardRegistered:
            "登録しました。永年ライセンスがアカウントに追加されました。"
        case .cardValidNotRegistered:
            "正しいカードですが、登録していません。他のカードが受け付けられなかったためです (すべて登録するか、1枚も登録しないかのどちらかです)。"
        case .cardUnknown:
            "この起動ID番号は発行済みカードの一覧にありません。番号を確認するか、一覧を取り込んでください。"
        case .cardWrongEncryptionID:
            "暗号ID番号がこのカードと一致しません。カードの暗号ID番号を確認してください。"
        case .cardAlreadyRegistered:
            "このカードは登録済みです。カードの登録は一度だけです。"
        case .cardDuplicatedInRequest:
            "同じカードが2回指定されています。1回で十分です。"
        case .bindingUnknownLicense:
            "このアカウントにライセンス {license} はありません。アカウントのライセンスを確認してください。"
        case .bindingLicenseBound:
            "ライセンス {license} はすでにカメラ {camera} に紐づいています。振り替えるか、別のライセンスを選んでください。"
        case .bindingLicenseNotBound:
            "ライセンス {license} はどのカメラにも紐づいていないため、振り替えられません。カメラに紐づけてください。"
        case .bindingConnectionMismatch:
            "ライセンス {license} ({part}) はカメラ {camera} に紐づけられません。そのカメラは{connection}で、ライセンスの接続方式はカメラと同じである必要があります。"
        case .bindingCameraCovered:
            "カメラ {camera} はすでにライセンスで有効です ({status})。何も紐づけていません。更新用のライセンスは、現在のライセンスの有効期限の翌日に自動で紐づけられます。"
        case .bindingCameraFailed:
            "カメラ {camera} は {date} に故障として記録されているため、新しいライセンスは割り当てられません。修理から戻った同じカメラなら、その永年ライセンスを再適用してください。交換した機器は別のカメラとして追加します。"
        case .bindingCameraNotFailed:
            "カメラ {camera} は故障として記録されていません。先に故障として記録してから、ライセンスを再適用してください。"
        case .bindingNoPerpetualLicense:
            "故障したカメラ {camera} には、再適用できる永年ライセンスがありません。"
        case .bindingSameCamera:
            "ライセンスはすでにカメラ {camera} に紐づいています。"
        case .bindingNoLicense:
            "カメラ {camera} に紐づけられる、未割り当てで有効期限内の{connection}のライセンスがアカウントにありません。在庫から年数ライセンスを割り当てるか、起動情報案内カードを登録してください。カメラ1台分なら {part} を購入してください。"
        case .bindingPerpetualUsed:
            "永年ライセンス {license} は以前カメラに適用されています。再度の紐づけではなく、故障したカメラからの再適用か、30日以内の振替を行ってください。"
        case .bindingNotOnPerpetualLicense:
            "カメラ {camera} には永年ライセンスが割り当てられていません。種別を変更できるのは永年ライセンスだけです。アカウントのライセンスを確認してください。"
        case .bindingNotTermLicense:
            "ライセンス {license} は永年ライセンスです。種別の変更ではカメラに1年ライセンスか5年ライセンスを割り当てます。年数ライセンスを指定するか、指定せずにアカウントのライセンスから選ばせてください。"
        case .bindingNoTermLicense:
            "カメラ {camera} に割り当てられる、未使用で有効期限内の{connection}の年数ライセンスがアカウントにありません。何も変更していません。先に在庫から割り当ててください。"
        case .outboxCannotWrite: "メールを {path} に書き込めませんでした: {reason}。何も変更していません。"
        case .mailInitialPasswordSubject: "i-PRO Remo. アカウントと初期パスワードのお知らせ"
        case .mailInitialPasswordBody:
            """
            {name} 様

            i-PRO Remo. のアカウントを作成しました。

            ログイン: {email}
            初期パスワード: {password}

            {hours}時間以内 ({expires} まで) にログインし、パスワードを変更してください。
            期限を過ぎるとこのパスワードは使えなくなります。その場合はログイン画面の「パスワードを忘れた場合」から新しいパスワードを送ってください。
            """
        case .mailRenewedPasswordSubject: "i-PRO Remo. 新しい初期パスワードのお知らせ"
        case .mailRenewedPasswordBody:
            """
            {name} 様

            i-PRO Remo. アカウントの新しい初期パスワードの発行を受け付けました。

            ログイン: {email}
            初期パスワード: {password}

            {hours}時間以内 ({expires} まで) にログインし、パスワードを変更してください。
            お心当たりがない場合も、以前のパスワードはもう使えません。このパスワードでログインし、ご自身のパスワードを設定してください。
            """

        case .noticeNoCamera:
            "なし (カメラに紐づいていません)"
        case .noticePartnerSubject:
            "[あと{days}日] {customer} のライセンス {license} の有効期限は{expires}です"
        case .noticePartnerBody:
            """
            {partner} 御中

            {customer} ({email}) のライセンス {license} ({term}、{part}) の有効期限は{expires}です (あと{days}日)。
            カメラ: {camera}

            今すべきこと: {action}

            {afterExpiry}
            """
        case .noticeCustomerSubject:
            "i-PRO Remo. ライセンスの有効期限 ({expires}) のお知らせ"
        case .noticeCustomerBody:
            """
            {customer} 様

            i-PRO Remo. のライセンス {license} ({term}、{part}) の有効期限は{expires}です (あと{days}日)。
            カメラ: {camera}

            {afterExpiry}
            継続してご利用いただくには、{partner} に更新についてご相談ください。
            """
        case .textUndecodable:
            "{file} の{line}行目に {encoding} として正しくないバイトがあります。何も読み込んでいません。文字コード (UTF-8 または CP932) を確認するか、保存し直してください。"
        case .textNeitherEncoding:
            "{file} の{line}行目に UTF-8 でも CP932 (Shift-JIS) でもないバイトがあります。何も読み込んでいません。表計算ソフトで保存し直すか、文字コードを指定してください。"
        case .textUTF16:
            "{file} は UTF-16 のテキスト (Excel の「Unicode テキスト」) で、CSV ではありません。Excel で「CSV UTF-8」または「CSV」形式で保存し直してください。"
        case .textUnrepresentableNamed:
            "{row}行目の{column}列目 ({name}) に {encoding} で表せない文字「{character}」があります。何も書き出していません。文字を変えるか、UTF-8 で書き出してください。"
        case .textUnrepresentable:
            "{row}行目の{column}列目に {encoding} で表せない文字「{character}」があります。何も書き出していません。文字を変えるか、UTF-8 で書き出してください。"
        case .textEncodingUnavailable:
            "このシステムでは {encoding} を変換できません。glibc の変換モジュール (gconv) がありません。それを含むパッケージをインストールしてください。"
        case .textUnknownEncoding:
            "「{name}」は remo が扱える文字コードではありません。utf-8 または cp932 (日本語版 Excel が保存する Shift-JIS) を指定してください。"
        case .actionPartnerAdded: "販売パートナーを追加する"
        case .actionCustomerAdded: "契約ユーザーを追加する"
        case .actionEmailConfirmed: "契約ユーザーのメールアドレスを確認済みにする"
        case .actionLoggedIn: "ログインする"
        case .actionPasswordChanged: "パスワードを変更する"
        case .actionPasswordRenewed: "初期パスワードを再発行する"
        case .actionTermsAccepted: "利用規約に同意する"
        case .actionHandedOver: "アカウントを引き渡す"
        case .actionSharedUserAdded: "アカウントを共有する"
        case .actionStockAdded: "在庫を追加する"
        case .actionLicensesAssigned: "ライセンスを割り当てる"
        case .actionCardsImported: "起動情報案内カードを取り込む"
        case .actionCardsRegistered: "起動情報案内カードを登録する"
        case .actionSiteAdded: "拠点を追加する"
        case .actionCameraAdded: "カメラを追加する"
        case .actionLicenseBound: "ライセンスをカメラに紐づける"
        case .actionLicenseMoved: "ライセンスを別のカメラに振り替える"
        case .actionLicenseTypeChanged: "カメラの割り当てライセンス種別を変更する"
        case .actionCameraFailed: "カメラを故障として記録する"
        case .actionLicenseReapplied: "永年ライセンスを再適用する"
        case .actionAutomaticallyBound: "有効期限の翌日にライセンスを自動で紐づける"
        case .actionNoticesQueued: "有効期限の通知を登録する"
        case .actionNoticesWritten: "通知をメールファイルに書き出す"
        case .actionLabelsMade: "レコーダーのラベルを作成する"
        case .actionLabelsReissued: "新しいクレームコードでレコーダーのラベルを再発行する"
        case .actionLabelsReprinted: "レコーダーのラベルを再印刷する"
        case .actionRecorderRegistered: "エッジストレージとカメラを登録する"
        case .actionCamerasRegistered: "カメラを登録する"
        case .actionPartnerUserAdded: "販売パートナーのユーザーを追加する"
        case .actionPartnerUserLoggedIn: "販売パートナーのユーザーとしてログインする"
        case .actionLoginFailed: "ログインに失敗する"
        case .actionClaimCodeFailed: "誤ったクレームコードを入力する"
        case .actionEncryptionIDFailed: "誤った暗号化IDを入力する"
        case .actionAttemptsLimited: "試行回数の上限で止められる"
        }
    }
}
