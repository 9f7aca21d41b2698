import RemoCore

/// The `remo register` command's sentences for people.
/// Templates: `RegisterCommandText+English.swift`, `RegisterCommandText+Japanese.swift`.
package enum RegisterCommandText: String, MessageCatalogue {
    case abstract
    case discussion
    case helpPhoto
    case helpCode
    case helpSerial
    case helpModel
    case helpProduced
    case helpDeviceID
    case helpRecorder
    case helpDirect
    case helpCameras
    case helpSite
    case helpLicense
    case noInput
    case modelNeedsSerial
    case decodingProgress
    case registeringProgress
    case columnInput
    case columnSerial
    case columnResult
    case columnCameras
}
