public import RemoDocuments

/// What `remo labels make` asks for: a units file, where the labels go, how.
public struct LabelBatchRequest: Sendable {
    /// Files made for each label besides the sheets.
    public enum LabelFiles: String, Hashable, Sendable, CaseIterable {
        /// A PNG per label at the layout's printer resolution, in `png/`.
        case png
        /// An SVG per label, in `svg/`.
        case svg
    }

    /// The units file's bytes (CSV: `model,serial,device_id,produced`, more columns ignored).
    public var units: [UInt8]
    /// The units file's name, for messages and the batch record.
    public var source: String
    /// The file's encoding, or nil to detect it (UTF-8 with or without a BOM, else CP932).
    public var encoding: SpreadsheetEncoding?
    /// The folder the sheets, the manifest and the label files go in (made when missing).
    public var output: String
    /// The label stock and grid.
    public var layout: LabelLayout
    /// Make the valid rows and report the others, instead of refusing the whole file.
    public var skipInvalid: Bool
    /// Give every unit labeled before a new claim code, revoking the old one.
    public var reissue: Bool
    /// A file per label too.
    public var labelFiles: LabelFiles?
    /// The label key file.
    public var keyFile: LabelKeyFile
    /// Make a new key where there is no key file even though the manifest holds
    /// labels made with another key (after the original key was lost).
    public var newKey: Bool
    /// Only say what would happen, per row: nothing is made, written or
    /// recorded, and no key file is created.
    public var dryRun = false
    /// Called once the batch is recorded and before its files are put in place:
    /// the window in which a crash leaves a recorded batch without its files (a
    /// re-run repairs it). For fault tests; the command line sets it to kill the
    /// process when `REMO_FAULT` is `labels-after-commit`.
    public var afterRecording: (@Sendable () -> Void)?

    public init(
        units: [UInt8], source: String, encoding: SpreadsheetEncoding? = nil, output: String,
        layout: LabelLayout = .standard, skipInvalid: Bool = false, reissue: Bool = false,
        labelFiles: LabelFiles? = nil, keyFile: LabelKeyFile, newKey: Bool = false
    ) {
        self.units = units
        self.source = source
        self.encoding = encoding
        self.output = output
        self.layout = layout
        self.skipInvalid = skipInvalid
        self.reissue = reissue
        self.labelFiles = labelFiles
        self.keyFile = keyFile
        self.newKey = newKey
    }
}
