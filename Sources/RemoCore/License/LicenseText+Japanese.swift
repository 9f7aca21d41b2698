extension LicenseText {
    public var japanese: String {
        switch self {
        case .connectionEdgeStorage: "エッジストレージ"
        case .connectionCameraDirect: "カメラダイレクト"
        case .termYears: "{years}年ライセンス"
        case .termPerpetual: "永年ライセンス"
        case .unknownPart: "「{part}」はライセンスの品番ではありません。次のいずれかを指定してください: {known}"
        }
    }
}
