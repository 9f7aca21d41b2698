extension CommandText {
    package var english: String {
        switch self {
        case .rootAbstract: "Recorder QR labels, license rules and device registration for i-PRO Remo. partners."
        case .helpDatabase: "The ledger, a SQLite file (else $REMO_DB, else the configuration file's database, else $XDG_DATA_HOME/remo/remo.sqlite); remo init makes one."
        case .helpToday: "The day a reading or planning command looks at (default: today in the account's time zone, Asia/Tokyo); a change takes it only in a simulation ledger."
        case .helpActor: "Who acts: a partner user, a customer or a shared user (recorded in the audit log)."
        case .helpJSON: "Print one JSON document on stdout instead of text for people."
        case .helpLanguage: "The language for people: ja or en (else $REMO_LANG, else the locale)."
        }
    }
}
