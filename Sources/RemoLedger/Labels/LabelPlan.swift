import RemoCore

/// Rows of a units file on their way to labels, a chunk at a time: parsed and
/// checked, then compared with the manifest, then given their generations and
/// claim codes. A batch reads its file in chunks, so that only a chunk's rows
/// are ever held (docs/ledger.md, "Label batches").
struct LabelPlan {
    /// The columns a units file must have.
    static let columns = ["model", "serial", "device_id", "produced"]
    /// The sheets' file in the output folder.
    static let pdfName = "labels.pdf"
    /// The manifest's file in the output folder.
    static let manifestName = "manifest.csv"

    struct Row {
        let line: Int
        let serialText: String
        let modelText: String
        /// The unit, when its fields are valid.
        var unit: RecorderUnit?
        /// What became of the row; nil while it is fine and undecided.
        var status: LabelRow.Status?
        /// The unit's current manifest entry, which the row prints again or replaces.
        var existing: ManifestEntry?
        var generation: Int?
        var claimCode: ClaimCode?
        var page: Int?
        var position: Int?
    }

    var rows: [Row]

    /// Reads and checks each record: its fields, a serial seen on an earlier
    /// line, a unit made before QR labels.
    ///
    /// - Parameters:
    ///   - records: the chunk's records, in file order.
    ///   - firstLine: the line each serial is first on, for the whole file: a
    ///     serial not in it is added; a serial in it with another line is a
    ///     duplicate. The first reading of the file fills it, and a later reading
    ///     of the same file finds every row as the first one did.
    init(records: [CSVRecord], firstLine: inout [SerialNumber: Int]) {
        rows = records.map { record in
            let model = record["model"] ?? ""
            let serial = record["serial"] ?? ""
            var row = Row(line: record.line, serialText: serial, modelText: model)
            do throws(RecorderUnit.ParseError) {
                let unit = try RecorderUnit(
                    model: model, serial: serial, deviceID: record["device_id"] ?? "", produced: record["produced"] ?? "")
                row.unit = unit
                if let first = firstLine[unit.serial], first != record.line {
                    row.status = .duplicated(firstLine: first)
                } else {
                    firstLine[unit.serial] = record.line
                    if !unit.hasQRLabel { row.status = .preQRUnit(produced: unit.produced) }
                }
            } catch {
                row.status = .malformed(error)
            }
            return row
        }
    }

    /// Compares the rows at `indices` (undecided ones, with a unit) with the
    /// unit's manifest entries: new, printed again, reissued, or refused (other
    /// fields, another key, a serial registered without a label: `registered`).
    mutating func classify(
        _ indices: [Int], existing: [SerialNumber: [ManifestEntry]], registered: [SerialNumber: Recorder], keyID: String?,
        reissue: Bool
    ) {
        for index in indices where rows[index].status == nil {
            guard let unit = rows[index].unit else { continue }
            if let recorder = registered[unit.serial] {
                rows[index].status = .registeredWithoutLabel(serial: unit.serial.rawValue, produced: recorder.produced)
                continue
            }
            let entries = existing[unit.serial] ?? []
            let latest = entries.map(\.generation).max() ?? 0
            guard let current = entries.first(where: \.isLive) else {
                rows[index].status = .new
                rows[index].generation = latest + 1
                continue
            }
            if reissue {
                rows[index].status = .reissued(previousGeneration: current.generation)
                rows[index].generation = latest + 1
                rows[index].existing = current
            } else if let (field, labeled) = LabelPlan.difference(current.unit, unit) {
                rows[index].status = .conflict(field: field, labeled: labeled, batch: current.batchID)
            } else if current.keyID != keyID {
                rows[index].status = .otherKey(keyID: current.keyID)
            } else {
                rows[index].status = .reprinted
                rows[index].generation = current.generation
                rows[index].existing = current
            }
        }
    }

    /// Gives each row to label its claim code; a unit printed again whose code
    /// does not match its stored hash (a key that is not the one its batch
    /// named) is refused. `onlyToCheck` makes only the codes of the units
    /// printed again, for that check (a reading that makes no label needs no
    /// other code: an HMAC a row saved).
    mutating func assignClaimCodes(_ key: LabelKey, onlyToCheck: Bool) {
        for index in rows.indices where rows[index].status?.isAccepted ?? false {
            guard let unit = rows[index].unit, let generation = rows[index].generation else { continue }
            if onlyToCheck, rows[index].status != .reprinted { continue }
            let code = key.claimCode(serial: unit.serial, generation: generation)
            if let existing = rows[index].existing, rows[index].status == .reprinted,
                !existing.claimHash.matches(code, serial: unit.serial)
            {
                rows[index].status = .otherKey(keyID: existing.keyID)
                continue
            }
            rows[index].claimCode = code
        }
    }

    /// The first field (model, device ID, production month) in which `labeled`
    /// differs from `row`, with its labeled value.
    static func difference(_ labeled: RecorderUnit, _ row: RecorderUnit) -> (RecorderPayload.Field, String)? {
        if labeled.model != row.model { return (.model, labeled.model.rawValue) }
        if labeled.deviceID != row.deviceID { return (.deviceID, labeled.deviceID.rawValue) }
        if labeled.produced != row.produced { return (.produced, labeled.produced.description) }
        return nil
    }

    /// The label key: the file's; or, when there is none, nil if nothing was
    /// ever labeled (the caller makes one) or with `--new-key`.
    ///
    /// - Throws: ``LabelKeyError/missing(path:labels:)`` when labels were made
    ///   with a key and the file is gone; ``LabelKeyError/exists(path:)`` for
    ///   `--new-key` with a key file; the key file's read errors.
    static func existingKey(for request: LabelBatchRequest, keyUse: [String: Int]) throws(LabelKeyError) -> LabelKey? {
        if let key = try request.keyFile.load() {
            if request.newKey { throw .exists(path: request.keyFile.path) }
            return key
        }
        let labels = keyUse.values.reduce(0, +)
        if labels > 0, !request.newKey { throw .missing(path: request.keyFile.path, labels: labels) }
        // A key is made with its ledger, or when asked for; never by a batch by itself.
        if !request.newKey { throw .absent(path: request.keyFile.path) }
        return nil
    }
}
