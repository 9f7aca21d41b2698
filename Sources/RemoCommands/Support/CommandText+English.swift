extension CommandText {
    package var english: String {
        switch self {
        case .rootAbstract: "Recorder QR labels, license rules and device registration for i-PRO Remo. partners."
        case .helpDatabase: "The ledger, a SQLite file (else $REMO_DB, else the configuration file's database, else $XDG_DATA_HOME/remo/remo.sqlite); remo init makes one."
        case .helpToday: "The day a reading or planning command looks at (default: today in the account's time zone, Asia/Tokyo); a change takes it only in a simulation ledger."
        case .helpActor: "Who acts: a partner user, a customer or a shared user (recorded in the audit log)."
        case .helpJSON: "Print one JSON document on stdout instead of text for people."
        case .helpLanguage: "The language for people: ja or en (else $REMO_LANG, else the locale)."
        case .standardInput: "standard input"
        case .helpWide: "Print every table row on one line, however wide (a pipe or a file always gets full lines)."
        case .helpQuiet: "Print no text for people, notes or progress: only the JSON or the file asked for, errors and what was refused."
        case .standardOutput: "standard output"
        case .inputMissing: "{file} does not exist: check the path (- reads standard input)."
        case .inputFolder: "{file} is a folder: name a file."
        case .standardOutputFailed:
            "The output could not be written to standard output ({reason}): it is lost. Free space, or send it to a file or to a program that reads all of it."
        case .changeCommitted:
            "The change itself was committed to the ledger {database} before the output failed: check it with `remo audit` (or the list commands) instead of running a change again."
        }
    }
}
