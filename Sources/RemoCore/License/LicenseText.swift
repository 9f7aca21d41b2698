/// The license rules' sentences for people. Templates: `LicenseText+English.swift`,
/// `LicenseText+Japanese.swift`.
public enum LicenseText: String, MessageCatalogue {
    case connectionEdgeStorage
    case connectionCameraDirect
    case termYears
    case termPerpetual
    case unknownPart
}
