extension ConfigText {
    package var english: String {
        switch self {
        case .unreadable: "The configuration file {path} cannot be read. Check its permissions, or remove it."
        case .malformed:
            "Line {line} of the configuration file {path} is not key = \"value\". Write each setting as key = \"value\" (# starts a comment)."
        case .unknownKey: "Line {line} of the configuration file {path} sets {key}, which remo does not know. The keys are {keys}."
        case .badLanguage: "The configuration file {path} sets language = \"{value}\". Give ja or en."
        case .badDatabaseURL:
            "The database URL is not one remo reads. Give postgres://USER@HOST:PORT/DATABASE (a schema as ?schema=NAME, in lower case), or a ledger file's path."
        case .dbAbstract: "Move a ledger between stores."
        case .dbCopyAbstract: "Copy a ledger file into a new PostgreSQL ledger, and check that every report is the same."
        case .dbCopyDiscussion:
            "Every row moves with its ID, in one transaction: all of it or nothing. The database must be empty (or name a new schema with ?schema=NAME); its label key is the file's (keep using it with --label-key). Example: remo db copy --from remo.sqlite --to postgres://remo@db.example.jp/remo"
        case .helpCopyFrom: "The ledger file to copy (it is only read)."
        case .helpCopyTo: "The PostgreSQL database to copy it into."
        case .dbCopied: "Copied {rows} {rows|row|rows} of {from} into {to}; the reports of its {partners} {partners|partner|partners} are the same in both."
        case .dbCopyDiffers:
            "The copy in {to} does not give partner {partner} the same report as the file. Do not use the copy: drop it, and report this as a bug."
        case .labelKeyForServer:
            "A ledger in PostgreSQL keeps its label key in a file of its own: say where with --label-key PATH, REMO_LABEL_KEY or label_key in the configuration file."

        case .initAbstract: "Make a new ledger and its label key."
        case .initDiscussion:
            "Makes the ledger (a SQLite file, mode 0600) at --db, $REMO_DB, the configuration file's database, else $XDG_DATA_HOME/remo/remo.sqlite, and its label key beside it (or where $REMO_LABEL_KEY or the configuration file's label_key says). Every other command refuses a ledger that does not exist. A live ledger dates every change by the clock; --simulation makes one for demos, training and tests, whose changes take --today and whose days only move forward."
        case .helpSimulation: "Make a simulation ledger: changes take --today, and its days only move forward."
        case .initMade: "Made a {kind} ledger at {path}, and its label key at {key}. Back both up together."
        case .initKeyKept: "Made a {kind} ledger at {path}; the label key at {key} was there already and is kept."
        case .kindLive: "live"
        case .kindSimulation: "simulation"

        case .configAbstract: "Show the settings in force and where each comes from."
        case .configDiscussion:
            "Each setting comes from the first of: its option (--db, --lang, --label-key), its environment variable (REMO_DB, REMO_LANG, REMO_LABEL_KEY), the configuration file ($XDG_CONFIG_HOME/remo/config.toml, else ~/.config/remo/config.toml: key = \"value\" lines for database, language, partner and label_key), else its default. The partner is who commands act as when neither --as nor --partner is given."
        case .configHeading: "setting"
        case .configValueHeading: "value"
        case .configSourceHeading: "from"
        case .configFileLine: "Configuration file: {path}"
        case .configNotSet: "(not set)"

        case .sourceOption: "option {name}"
        case .sourceEnvironment: "environment {name}"
        case .sourceFile: "configuration file"
        case .sourceDefault: "default"

        }
    }
}
