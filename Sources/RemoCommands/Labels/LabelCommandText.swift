import RemoCore

/// The `remo labels` commands' sentences for people.
/// Templates: `LabelCommandText+English.swift`, `LabelCommandText+Japanese.swift`.
package enum LabelCommandText: String, MessageCatalogue {
    case labelsAbstract
    case makeAbstract
    case makeDiscussion
    case layoutsAbstract
    case helpCSV
    case helpOut
    case helpLayout
    case helpSkipInvalid
    case helpReissue
    case helpPNG
    case helpSVG
    case helpLabelKey
    case helpNewKey
    case pngOrSVG
    case checkingProgress
    case labelSerial
    case labelLayout
    case labelPerPage
    case labelSize
    case labelResolution
    case defaultLayout
    case skipped
    case made
    case batchRecorded
    case nothingNew
    case skippedRows
    case filesWritten
    case keyCreated
    case nothingToLabel
    case moreNoted
    case notMade
    case wouldLabel
    case wouldReissue
    case wouldReprint
    case dryRunSummary
    case dryRunRefused
    case helpDryRun
}
