extension LicenseText {
    public var english: String {
        switch self {
        case .connectionEdgeStorage: "edge storage"
        case .connectionCameraDirect: "camera direct"
        case .termYears: "{years}-year license"
        case .termPerpetual: "perpetual license"
        case .unknownPart: "\"{part}\" is not a license part number. Use one of: {known}."
        }
    }
}
