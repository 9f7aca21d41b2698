internal import CTurboJPEG

/// Owns one libturbojpeg handle (`tjInitDecompress` or `tjInitCompress`) and
/// destroys it (`tjDestroy`) when released. Not `Sendable`: one per task.
final class TurboJPEGHandle {
    let raw: tjhandle

    /// A decompressor, or a compressor when `compress` is true; nil when
    /// libturbojpeg cannot allocate one (see ``initFailure``).
    init?(compress: Bool) {
        guard let raw = compress ? tjInitCompress() : tjInitDecompress() else { return nil }
        self.raw = raw
    }

    /// Why the last handle could not be made.
    static var initFailure: String { String(cString: tjGetErrorStr2(nil)) }

    deinit { tjDestroy(raw) }

    /// The message of the last failed call on this handle.
    var errorText: String { String(cString: tjGetErrorStr2(raw)) }

    /// Whether the last failure was a warning (libjpeg went on but the data is damaged).
    var lastFailureWasWarning: Bool { tjGetErrorCode(raw) == Int32(TJERR_WARNING.rawValue) }
}
