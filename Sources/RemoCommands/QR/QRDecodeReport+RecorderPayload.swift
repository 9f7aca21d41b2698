import RemoCore

extension QRDecodeReport.Code {
    /// A code's text read as a recorder payload: its fields when it is one; else
    /// the reason in the current language: not a remo label at all (another QR
    /// code in the photo), or one that starts like one (`REMO:`) but is not valid
    /// (damaged, another version, a pre-July-2024 unit…). Only a valid payload is
    /// ever a label.
    static func recorderPayload(in text: String) -> (QRDecodeReport.Payload?, String?) {
        do {
            return (QRDecodeReport.Payload(try RecorderPayload(parsing: text)), nil)
        } catch {
            return (nil, error.description)
        }
    }
}

extension QRDecodeReport.Payload {
    /// The fields of a recorder payload, as docs/cli.md names them.
    init(_ payload: RecorderPayload) {
        self.init(
            model: payload.unit.model.rawValue, serial: payload.unit.serial.rawValue,
            deviceId: payload.unit.deviceID.rawValue, produced: payload.unit.produced.description,
            claimCode: payload.claimCode.rawValue, registrationCode: payload.registrationCode.description)
    }
}
