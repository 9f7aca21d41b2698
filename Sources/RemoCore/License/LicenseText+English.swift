extension LicenseText {
    public var english: String {
        switch self {
        case .connectionEdgeStorage: "edge storage"
        case .connectionCameraDirect: "camera direct"
        case .termYears: "{years}-year license"
        case .termPerpetual: "perpetual license"
        case .unknownPart: "\"{part}\" is not a license part number. Use one of: {known}."
        case .productBeforeLaunch:
            "{part} went on sale in {launched}: no card of it can date from {date}. Check the part number and the date with the manufacturer's order data."

        case .statusFree: "free period"
        case .statusActive: "active"
        case .statusExpiring: "expiring"
        case .statusExpired: "expired"
        case .statusPerpetual: "perpetual"
        case .statusUnlicensed: "unlicensed"
        case .daysLeft: "{count} {count|day|days} left"

        case .bindingLicenseExpired:
            "This license expired on {expires}, so it can no longer be bound to a camera on {boundOn}: assign a new license to the account."
        case .bindingUnboundBeforeBound:
            "A license bound on {boundOn} cannot be taken off on {unboundOn}: it must be taken off after the day it was bound."

        case .renewalLosesDays:
            "Assigning the renewal on {assigned} starts its paid term before the current license expires on {currentExpiry}: {count} {count|day|days} of paid term are lost. Assign it on or after {lossFreeFrom} to lose none."
        case .renewalLeavesGap:
            "Assigning the renewal on {assigned} leaves the camera without a license for {count} {count|day|days} after the current license expires on {currentExpiry}. Assign it on or before the expiry; it is then bound automatically the day after."
        case .renewalLosesNothing:
            "Assigning the renewal on {assigned} loses no day of paid term; it expires on {expires}."

        case .renewalWindows:
            "Assigned from {from} through {through}, nothing is lost; from {best} it expires latest, on {bestExpires} (assigned before {best}: {earlyExpires})."
        case .serviceHDMILiveView: "live view on the edge storage's HDMI monitor"
        case .serviceRemoteLiveView: "remote live view, control and download"
        case .serviceEdgeRecording: "recording on the edge storage"
        case .serviceHDMIPlayback: "playback and search on the HDMI monitor"
        case .serviceRemotePlayback: "remote playback and search"
        case .serviceSDCardExport: "taking SD-card recordings out to a PC and playing them"
        case .serviceHDMIEventNotice: "event notices on the HDMI monitor"
        case .serviceRemoteEventNotice: "remote event notices"
        case .serviceRemoteMaintenance: "remote maintenance"
        case .serviceAfterExpiry:
            "Without a valid license, {stopping} stop; {continuing} go on. Binding a license restores the service."
        case .audiencePartner: "partner"
        case .audienceCustomer: "contract user"
        case .noticeAskCustomer: "Explain the expiry to the contract user and ask whether they will renew."
        case .noticeOrder: "If they renew, prepare the order and buy the renewal license."
        case .noticeAssignRenewal: "If they renew, assign the renewal license to their account now."
        case .noticeCatchUp: "Catch whatever was forgotten: the renewal must be assigned before the expiry."
        case .noticeLastCall:
            "The license expires tomorrow: without a renewal in the account, remote viewing and recording stop."
        case .noticeCustomerInformed:
            "The contract user is told of the expiry; be ready to answer their questions about renewing."

        case .perpetualMoveWindowClosed:
            "This perpetual license was assigned on {assigned}: it could be moved to another camera only within 30 days, until {lastDay}. On {date} it stays with its camera."
        case .perpetualTypeChangeWindowClosed:
            "This perpetual license was assigned on {assigned}: its license type could be changed only within 30 days, until {lastDay}. On {date} it can no longer change."
        case .perpetualReapplicationWindowClosed:
            "This perpetual license was first applied on {firstApplied}: it could be re-applied to a repaired or replacement camera only within 5 years, until {lastDay}. On {date} a new license is needed: buy {part}."

        case .planNegativeCameras: "The number of cameras cannot be negative ({count}): give 0 or more."
        case .planNegativeSpare: "The number of spare licenses cannot be negative ({count}): give 0 or more."
        }
    }
}
