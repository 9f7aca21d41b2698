public import RemoCore

/// The label batches' sentences for people: row results, label checks, the
/// manifest and the label key.
///
/// Templates: `LabelBatchText+English.swift`, `LabelBatchText+Japanese.swift`.
public enum LabelBatchText: String, MessageCatalogue {
    case rowNew
    case rowReissued
    case rowReprinted
    case rowValid
    case rowPreQR
    case rowDuplicated
    case rowConflict
    case rowOtherKey
    case rowUnreadable
    case rowRegisteredWithoutLabel
    case rowRegisteredWithoutLabelMonth
    case checkQuietZone
    case checkNoCode
    case checkWrongText
    case checkModules
    case checkFailed
    case noUnits
    case outputNotFolder
    case cannotWrite
    case outputIsFolder
    case manifestChanged
    case registeredMeanwhile
    case filesNotPlaced
    case keyAbsent
    case keyMissing
    case keyExists
    case keyUnreadable
    case keyMalformed
    case keyCannotCreate
    case claimValid
    case claimNotInManifest
    case claimWrongCode
    case claimRevoked
}

extension LabelBatchText {
    /// What a person can do about a refused row or batch, for each front end to word.
    public var remedies: [Remedy] {
        switch self {
        case .rowPreQR: [.registerBySerial]
        case .rowConflict, .rowOtherKey: [.reissueLabels]
        case .outputNotFolder, .cannotWrite, .outputIsFolder: [.chooseOutputFolder]
        case .filesNotPlaced: [.repeatBatch]
        case .keyMissing: [.makeLabelKey, .reissueLabels]
        case .keyAbsent: [.chooseLabelKey, .makeLabelKey]
        case .keyExists: [.keepLabelKey]
        case .keyMalformed: [.chooseLabelKey]
        default: []
        }
    }
}
