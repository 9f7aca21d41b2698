import CFuzzDriver
import RemoCore

/// libFuzzer's entry: the input as a scanned QR text and as a typed
/// registration code. A parse may refuse (its message is rendered in both
/// languages); it must never crash, and what it accepts must print back to
/// text that parses the same.
@_cdecl("FuzzPayload_main")
public func mainPayload(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    CFuzzDriver_run(argc, argv)
}

/// One input (libFuzzer's driver calls it by this name too).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPayload(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let payload = try RecorderPayload(parsing: text)
        precondition((try? RecorderPayload(parsing: payload.text)) == payload, "a payload's text parses back")
        _ = payload.registrationCode.description
    } catch {
        for language in Language.allCases { _ = error.message.rendered(in: language) }
    }
    do {
        let code = try RegistrationCode(text)
        precondition(RegistrationCode(rawValue: code.rawValue) == code, "a registration code's text parses back")
        _ = code.description
    } catch {
        for language in Language.allCases { _ = error.message.rendered(in: language) }
    }
    return 0
}
