public import RemoCore

/// One row of a units file, and what became of it.
public struct LabelRow: Hashable, Sendable {
    /// What became of the row.
    public enum Status: Hashable, Sendable {
        /// Labeled for the first time: a new manifest entry.
        case new
        /// Labeled with a new claim code; the previous generation's code is revoked.
        case reissued(previousGeneration: Int)
        /// Labeled before, with the same fields: the same label is printed again.
        case reprinted
        /// Fine, but nothing was made: another row was refused (all or none).
        case valid
        /// A field is not valid.
        case malformed(RecorderUnit.ParseError)
        /// Produced before July 2024: such units get no QR label.
        case preQRUnit(produced: YearMonth)
        /// The serial is on an earlier line of the file too.
        case duplicated(firstLine: Int)
        /// The serial was labeled before with a different field (`--reissue`
        /// replaces its label with the fields of this row).
        case conflict(field: RecorderPayload.Field, labeled: String, batch: LabelBatch.ID)
        /// Labeled before with another label key, so its label cannot be printed
        /// again (`--reissue` gives it a new one).
        case otherKey(keyID: String)
        /// The serial is registered without a label (by hand, as a unit made
        /// before QR labels, produced in `produced` when recorded): labeling it
        /// would give the label to the unit registered by hand (issue 22).
        case registeredWithoutLabel(serial: String, produced: YearMonth?)
        /// The label, drawn and read back, did not read as its payload (``LabelPress/check(_:on:)``).
        case unreadable(reason: Message)

        /// Whether the row is fine (made, or makeable).
        public var isAccepted: Bool {
            switch self {
            case .new, .reissued, .reprinted, .valid: true
            default: false
            }
        }

        /// The machine spelling (JSON): `new`, `reissued`, `reprinted`, `valid`,
        /// `malformed`, `pre-qr-unit`, `duplicated`, `conflict`, `other-key`,
        /// `registered-without-label`, `unreadable`.
        public var code: String {
            switch self {
            case .new: "new"
            case .reissued: "reissued"
            case .reprinted: "reprinted"
            case .valid: "valid"
            case .malformed: "malformed"
            case .preQRUnit: "pre-qr-unit"
            case .duplicated: "duplicated"
            case .conflict: "conflict"
            case .otherKey: "other-key"
            case .registeredWithoutLabel: "registered-without-label"
            case .unreadable: "unreadable"
            }
        }

        /// What happened, for people.
        public var message: Message {
            switch self {
            case .new: LabelBatchText.rowNew()
            case .reissued(let previous): LabelBatchText.rowReissued(["previous": .integer(previous)])
            case .reprinted: LabelBatchText.rowReprinted()
            case .valid: LabelBatchText.rowValid()
            case .malformed(let error): error.message
            case .preQRUnit(let produced):
                LabelBatchText.rowPreQR(["produced": .month(produced), "first": .month(RecorderPayload.firstQRMonth)])
            case .duplicated(let line): LabelBatchText.rowDuplicated(["line": .integer(line)])
            case .conflict(let field, let labeled, let batch):
                LabelBatchText.rowConflict(["field": .message(field.name), "labeled": .text(labeled), "batch": .integer(Int(batch.rawValue))])
            case .otherKey(let key): LabelBatchText.rowOtherKey(["key": .text(key)])
            case .registeredWithoutLabel(let serial, nil): LabelBatchText.rowRegisteredWithoutLabel(["serial": .text(serial)])
            case .registeredWithoutLabel(let serial, let produced?):
                LabelBatchText.rowRegisteredWithoutLabelMonth(["serial": .text(serial), "produced": .month(produced)])
            case .unreadable(let reason): LabelBatchText.rowUnreadable(["reason": .message(reason)])
            }
        }
    }

    /// The line of the file the row is on.
    public let line: Int
    /// The serial as written.
    public let serial: String
    /// The model as written.
    public let model: String
    public let status: Status
    /// Whether the row was left out because of `--skip-invalid`.
    public let skipped: Bool
    /// The label's generation, when it is labeled.
    public let generation: Int?
    /// Where its label is: the page (from 1) and the position on it (from 1,
    /// row by row), when labels were made.
    public let page: Int?
    public let position: Int?
}
