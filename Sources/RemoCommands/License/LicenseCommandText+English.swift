extension LicenseCommandText {
    package var english: String {
        switch self {
        case .licenseAbstract: "License rules: term dates, renewals, perpetual packs and expiry notices."
        case .datesAbstract: "The free period and expiry of a 1- or 5-year license assigned on a day."
        case .renewalAbstract: "What assigning a renewal license on a day costs: days lost, and the first day that loses none."
        case .planAbstract: "The fewest perpetual license packs (registrations) for a number of cameras."
        case .noticesAbstract: "The e-mails the service sends before a license expires, and what to do at each."

        case .helpAssigned: "The day the license is assigned to the contract user."
        case .helpTerm: "The license term: 1y or 5y."
        case .helpCurrentExpiry: "The day the camera's current license expires."
        case .helpAssignOn: "The day the renewal license would be assigned (default: --today)."
        case .helpCameras: "The number of cameras to cover."
        case .helpSpare: "Unused perpetual licenses of this connection type already held (default 0)."
        case .helpConnection: "The cameras' connection type: edge-storage (default) or camera-direct."
        case .helpExpires: "The day the license expires."

        case .labelAssigned: "assigned"
        case .labelFreeUntil: "free until"
        case .labelPaidFrom: "paid term from"
        case .labelExpires: "expires"
        case .labelCurrentExpiry: "current expiry"
        case .labelDaysLost: "days lost"
        case .labelLossFreeFrom: "no loss from"
        case .labelWindow: "assigned {from} … {through}"
        case .labelWindowExpires: "expires {expires}"
        case .labelPart: "part number"
        case .labelPackCameras: "cameras per pack"
        case .labelCount: "count"
        case .labelDate: "date"
        case .labelAudience: "to"
        case .labelDaysBefore: "days before"
        case .labelAction: "what to do"

        case .planSummary:
            "Buy {registrations} {registrations|pack|packs} ({registrations} {registrations|registration|registrations}) for {needed} {connection} {needed|camera|cameras}: {cameras} {cameras|camera|cameras}, less {spare} spare {spare|license|licenses} already held."
        case .planNothingToBuy:
            "Nothing to buy: the {spare} spare {connection} {spare|license covers|licenses cover} the {cameras} {cameras|camera|cameras}."
        }
    }
}
