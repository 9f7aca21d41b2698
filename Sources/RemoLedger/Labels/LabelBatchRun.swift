import Foundation
import RemoCore
import RemoDocuments

/// One run of a label batch over its units file, read a chunk of rows at a
/// time: a first reading checks every row, a second makes the labels, a last
/// gives each row its result (docs/ledger.md, "Label batches"). Each reading
/// checks its rows against the manifest as it is then; the serial index
/// (``firstLine``) is the only thing kept for every row.
struct LabelBatchRun {
    /// Rows read, checked and looked up in the manifest at once.
    static let chunkSize = 512

    let store: any LedgerStore
    let request: LabelBatchRequest
    /// The units file's text.
    let text: String
    /// The line each serial is first on.
    private(set) var firstLine: [SerialNumber: Int] = [:]
    /// The label key, once there is one.
    var key: LabelKey?

    init(store: any LedgerStore, request: LabelBatchRequest, text: String, key: LabelKey?) {
        self.store = store
        self.request = request
        self.text = text
        self.key = key
    }

    /// What a reading needs of its rows.
    enum Reading {
        /// Each row's status: claim codes are made only to check a label
        /// printed again against its stored hash.
        case check
        /// The labels: every accepted row's claim code as well.
        case make
        /// Each row's result: the rows with a label in the scratch file take
        /// their results from it, so only the others (`labeled` says which,
        /// asked in file order) are checked against the manifest.
        case results(labeled: (Int) throws -> Bool)
    }

    /// Reads the file, handing `body` each chunk of rows checked: fields,
    /// duplicates, the manifest, registrations, claim codes (with a key), as
    /// `reading` needs.
    ///
    /// - Throws: ``RemoCore/CSVError`` naming the line, and what `body` throws.
    mutating func read(_ reading: Reading, _ body: (LabelPlan) async throws -> Void) async throws {
        var reader = try CSVReader(parsing: text)
        try reader.requireColumns(LabelPlan.columns)
        var records: [CSVRecord] = []
        records.reserveCapacity(Self.chunkSize)
        while let record = try reader.next() {
            records.append(record)
            if records.count == Self.chunkSize {
                try await body(try await checked(records, reading))
                records.removeAll(keepingCapacity: true)
            }
        }
        if !records.isEmpty { try await body(try await checked(records, reading)) }
    }

    private mutating func checked(_ records: [CSVRecord], _ reading: Reading) async throws -> LabelPlan {
        var plan = LabelPlan(records: records, firstLine: &firstLine)
        var undecided: [Int] = []
        for index in plan.rows.indices where plan.rows[index].status == nil && plan.rows[index].unit != nil {
            if case .results(let labeled) = reading, try labeled(plan.rows[index].line) { continue }
            undecided.append(index)
        }
        if !undecided.isEmpty {
            let serials = undecided.map { plan.rows[$0].unit!.serial }
            let (existing, registered) = try await store.read { records in
                (try records.manifestEntries(serials: serials), try records.recordersWithoutLabel(serials: serials))
            }
            plan.classify(undecided, existing: existing, registered: registered, keyID: key?.id, reissue: request.reissue)
        }
        if let key {
            if case .make = reading { plan.assignClaimCodes(key, onlyToCheck: false) } else { plan.assignClaimCodes(key, onlyToCheck: true) }
        }
        return plan
    }
}

extension LabelBatchRun {
    /// A label made and checked, as the batch keeps it (a line of a scratch
    /// file) between making it and recording it, and for its row's result.
    struct Spooled {
        let line: Int
        let unit: RecorderUnit
        let generation: Int
        let claimHash: ClaimCodeHash
        /// `new`, `reissued` or `reprinted`.
        let status: LabelRow.Status
        /// The entry the label prints again or replaces.
        let existing: ManifestEntry.ID?
        /// The page and position, from 1.
        let page: Int
        let position: Int

        init(row: LabelPlan.Row, frame: LabelLayout.Frame) {
            line = row.line
            unit = row.unit!
            generation = row.generation!
            claimHash = ClaimCodeHash(claimCode: row.claimCode!, serial: row.unit!.serial)
            status = row.status!
            existing = row.existing?.id
            page = frame.page + 1
            position = frame.position + 1
        }

        /// The label as a line of tab-separated fields (identifiers hold no tab or line end).
        var text: String {
            let previous: String
            if case .reissued(let generation) = status { previous = String(generation) } else { previous = "" }
            return [
                String(line), unit.model.rawValue, unit.serial.rawValue, unit.deviceID.rawValue, unit.produced.description,
                String(generation), claimHash.description, status.code, previous, existing.map { String($0.rawValue) } ?? "",
                String(page), String(position),
            ].joined(separator: "\t") + "\n"
        }

        /// Reads a line of ``text``.
        ///
        /// - Throws: ``LabelBatchError/cannotWrite(path:reason:)`` when the line is not one (the scratch file was changed).
        init(text: String, path: String) throws {
            // Split as bytes: the fields are ASCII identifiers and numbers (a split by Character costs more than the rest).
            let fields = text.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self)
            }
            let damaged = LabelBatchError.cannotWrite(path: path, reason: "damaged scratch file")
            guard fields.count == 12, let line = Int(fields[0]), let generation = Int(fields[5]),
                let claimHash = ClaimCodeHash(fields[6]), let page = Int(fields[10]), let position = Int(fields[11])
            else { throw damaged }
            self.line = line
            unit = try RecorderUnit(model: fields[1], serial: fields[2], deviceID: fields[3], produced: fields[4])
            self.generation = generation
            self.claimHash = claimHash
            switch fields[7] {
            case "new": status = .new
            case "reprinted": status = .reprinted
            case "reissued":
                guard let previous = Int(fields[8]) else { throw damaged }
                status = .reissued(previousGeneration: previous)
            default: throw damaged
            }
            existing = Int64(fields[9]).map { ManifestEntry.ID($0) }
            self.page = page
            self.position = position
        }
    }
}
