extension LabelCommandText {
    package var english: String {
        switch self {
        case .labelsAbstract: "Warehouse label batches: QR labels with claim codes for recorders."
        case .makeAbstract: "Make a batch of recorder labels from a units file: label sheets (PDF), a manifest, every label checked."
        case .makeDiscussion:
            """
            The units file is CSV with the columns model, serial, device_id and produced (YYYY-MM); other columns are ignored. UTF-8 (with or without a BOM) or CP932 from Japanese Excel.

            Each unit gets a claim code made from the label key (a secret file beside the database, made on first use: back it up with the database), its QR payload and the registration code printed beside the QR code. Every label is drawn, its QR code and quiet zone read back (zxing-cpp, then zbar if it finds nothing) and compared module by module with the code encoded, before anything is recorded. The folder gets labels.pdf, manifest.csv (no claim codes in it) and, with --png or --svg, a file per label.

            Running the same file again prints the same labels (the same claim codes) and records nothing new; --reissue gives the units new claim codes and revokes the old ones. Units produced before 2024-07 get no QR label: the batch is refused listing them, or with --skip-invalid the rest is made. Print the PDF at actual size (100 %), never "fit to page".

            --dry-run says what would happen to each row and changes nothing. --csv - reads the units from standard input.

            Examples:
              remo labels make --csv units.csv --out sheets --dry-run
              remo labels make --csv units.csv --out sheets --skip-invalid
            """
        case .layoutsAbstract: "List the label layouts --layout names: stock, grid, label size, printer resolution."
        case .helpCSV: "The units file (CSV: model,serial,device_id,produced); - reads standard input."
        case .helpOut: "The folder for labels.pdf, manifest.csv and the label files (made when missing)."
        case .helpLayout: "The label stock (remo labels layouts lists them; default a4-40-48.5x25.4)."
        case .helpSkipInvalid: "Make the valid rows and report the others, instead of refusing the whole file."
        case .helpReissue: "Give units labeled before new claim codes, revoking the old ones (recorded in the audit log)."
        case .helpPNG: "Also write each label as a PNG at the printer's resolution, in png/."
        case .helpSVG: "Also write each label as an SVG, in svg/."
        case .helpLabelKey: "The label key file (else $REMO_LABEL_KEY, else <database>.label-key)."
        case .helpNewKey: "Make a new label key where the key file is missing even though labels were made before (the old key is lost)."
        case .pngOrSVG: "Give --png or --svg, not both."
        case .checkingProgress: "Making and checking labels"
        case .labelSerial: "Serial"
        case .labelLayout: "Layout"
        case .labelPerPage: "Per page"
        case .labelSize: "Label"
        case .labelResolution: "Printer"
        case .defaultLayout: "{name} (default)"
        case .skipped: "skipped: {reason}"
        case .made:
            "Made {labels} {labels|label|labels} on {pages} {pages|page|pages} of {layout} ({new} new, {reprinted} printed again, {reissued} reissued); every label was drawn for {dpi} dpi and read back."
        case .batchRecorded: "Recorded as label batch {batch}."
        case .nothingNew: "Nothing new was recorded: every unit was labeled before."
        case .skippedRows: "{count} {count|row was|rows were} skipped (--skip-invalid)."
        case .filesWritten: "Wrote {pdf} and {manifest} ({count} files in all)."
        case .keyCreated: "Made a new label key file: keep it safe and back it up with the database."
        case .moreNoted: "…and {count} rows refused or skipped in all; the first {shown} are listed (--json lists every row)."
        case .nothingToLabel: "No labels were made: no row can be labeled."
        case .notMade:
            "No labels were made and nothing was recorded: {count} {count|row was|rows were} refused. Correct {count|it|them}, or make the rest with --skip-invalid."
        case .wouldLabel: "would be labeled"
        case .wouldReissue: "would get a new claim code; the code of generation {previous} would be revoked"
        case .wouldReprint: "labeled before: the same label would be printed again"
        case .dryRunSummary:
            "Dry run: {labels} {labels|label|labels} would be made ({new} new, {reprinted} printed again, {reissued} reissued). Nothing was written or recorded."
        case .dryRunRefused:
            "Dry run: {count} {count|row would be|rows would be} refused, so no labels would be made. Nothing was written or recorded."
        case .helpDryRun: "Say what would happen to each row, and change nothing: no files, no batch, no key."
        }
    }
}
