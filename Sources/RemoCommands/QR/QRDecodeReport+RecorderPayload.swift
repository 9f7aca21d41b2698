import RemoCore

extension QRDecodeReport.Code {
    /// A code's text read as a recorder payload: its fields when it is one; the
    /// reason in the current language when it starts like one (`REMO:`) but is not
    /// valid (damaged, another version, a pre-July-2024 unit…); neither for other
    /// QR codes.
    static func recorderPayload(in text: String) -> (QRDecodeReport.Payload?, String?) {
        do {
            return (QRDecodeReport.Payload(try RecorderPayload(parsing: text)), nil)
        } catch .notRemoPayload {
            return (nil, nil)
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
