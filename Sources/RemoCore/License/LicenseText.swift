/// The license rules' sentences for people. Templates: `LicenseText+English.swift`,
/// `LicenseText+Japanese.swift`.
public enum LicenseText: String, MessageCatalogue {
    case connectionEdgeStorage
    case connectionCameraDirect
    case termYears
    case termPerpetual
    case unknownPart
    case productBeforeLaunch
    case renewalWindows
    case serviceHDMILiveView
    case serviceRemoteLiveView
    case serviceEdgeRecording
    case serviceHDMIPlayback
    case serviceRemotePlayback
    case serviceSDCardExport
    case serviceHDMIEventNotice
    case serviceRemoteEventNotice
    case serviceRemoteMaintenance
    case serviceAfterExpiry

    case statusFree
    case statusActive
    case statusExpiring
    case statusExpired
    case statusPerpetual
    case statusUnlicensed
    case daysLeft

    case bindingLicenseExpired
    case bindingUnboundBeforeBound

    case renewalLosesDays
    case renewalLeavesGap
    case renewalLosesNothing

    case audiencePartner
    case audienceCustomer
    case noticeAskCustomer
    case noticeOrder
    case noticeAssignRenewal
    case noticeCatchUp
    case noticeLastCall
    case noticeCustomerInformed

    case perpetualMoveWindowClosed
    case perpetualTypeChangeWindowClosed
    case perpetualReapplicationWindowClosed

    case planNegativeCameras
    case planNegativeSpare
}
