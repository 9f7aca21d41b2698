public import RemoCore

/// Why a label batch could not be made at all (problems with single rows are
/// results, ``LabelRow/Status``).
public enum LabelBatchError: Error, Hashable, Sendable, MessageProviding {
    /// The units file has a header but no rows.
    case noUnits(source: String)
    /// The output path is a file, not a folder.
    case outputNotFolder(path: String)
    /// A file could not be written in the output folder; nothing was left there.
    case cannotWrite(path: String, reason: String)
    /// A file the batch makes would replace a folder.
    case outputIsFolder(path: String)
    /// Another run labeled some of the same units while this one was working.
    case manifestChanged(serial: String)
    /// A unit of the batch was registered by its serial (without a label) while the batch was made.
    case registeredMeanwhile(serial: String)
    /// The batch was recorded but its files could not be put in place.
    case filesNotPlaced(path: String, reason: String)

    public var message: Message {
        switch self {
        case .noUnits(let source): LabelBatchText.noUnits(["source": .text(source)])
        case .outputNotFolder(let path): LabelBatchText.outputNotFolder(["path": .text(path)])
        case .cannotWrite(let path, let reason): LabelBatchText.cannotWrite(["path": .text(path), "reason": .text(reason)])
        case .outputIsFolder(let path): LabelBatchText.outputIsFolder(["path": .text(path)])
        case .manifestChanged(let serial): LabelBatchText.manifestChanged(["serial": .text(serial)])
        case .registeredMeanwhile(let serial): LabelBatchText.registeredMeanwhile(["serial": .text(serial)])
        case .filesNotPlaced(let path, let reason):
            LabelBatchText.filesNotPlaced(["path": .text(path), "reason": .text(reason)])
        }
    }
}
