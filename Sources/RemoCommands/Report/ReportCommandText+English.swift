extension ReportCommandText {
    package var english: String {
        switch self {
        case .abstract: "The provisioning report: every recorder and camera with its license, status and days left."
        case .discussion:
            """
            For one account (--customer) or every account of a partner (--partner): each camera's license \
            (part, type, license or card ID, assigned, free until, expiry), its status on --today (free, active, \
            expiring, expired, perpetual, unlicensed) and days left, how each recorder was registered, and per \
            connection type the cameras connected against the licenses held. Text for a terminal, CSV for \
            spreadsheets, JSON for programs, PDF for the hand-over (-o FILE.pdf).

            -o - writes to standard output (a PDF too). In Japanese, CSV starts with a byte-order mark unless --no-bom. On a terminal the tables fit its width (--wide: full lines).

            Examples:
              remo report --customer taro@example.jp
              remo report --partner P001 --format pdf -o report.pdf
            """
        case .helpCustomer: "The contract user whose account to report."
        case .helpPartner: "Report every account of this partner (that you may see)."
        case .helpFormat: "text, csv, json or pdf (default: text; json with --json)."
        case .helpOutput: "Write the report to this file (whole or not at all) instead of stdout; needed for pdf (- for stdout)."
        case .helpByteOrderMark: "Start UTF-8 CSV with a byte-order mark, so that Excel reads it as UTF-8 (default: when remo speaks Japanese)."
        case .helpEncoding: "The CSV's encoding: utf-8 (default) or cp932 (Japanese Excel)."
        case .helpExpiringWithin: "Only cameras whose license ends within this many days (with --unlicensed: either)."
        case .helpUnlicensed: "Only cameras no license covers (unlicensed or expired)."
        case .helpSite: "Only the site (folder) with this name."
        case .needsScope: "Name the accounts to report: --customer EMAIL or --partner CODE (one of them)."
        case .jsonConflict: "--json prints the JSON report; it cannot be combined with --format {format}."
        case .written: "Wrote the report to {file}."
        }
    }
}
