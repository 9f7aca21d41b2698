#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An owner of a glibc `iconv_t` converter between two encodings, closed in `deinit`.
///
/// glibc's converters (its `gconv` modules, among them CP932 as Windows and
/// Japanese Excel use it) do the work: no code table is written here.
final class Iconv {
    /// Where a conversion stopped.
    enum Failure: Error {
        /// The input has a byte sequence the source encoding does not allow, or a
        /// character the target encoding cannot hold, at this input offset.
        case invalid(offset: Int)
        /// The input ends in the middle of a character, at this offset.
        case incomplete(offset: Int)
        /// The converter itself failed (the encoding is missing, for example).
        case system(errno: Int32)
    }

    private let handle: iconv_t

    /// A converter from `source` to `target` (glibc names: `UTF-8`, `CP932`).
    ///
    /// - Returns: nil when glibc has no such converter.
    init?(from source: String, to target: String) {
        let handle = iconv_open(target, source)
        guard let handle, handle != iconv_t(bitPattern: -1) else { return nil }
        self.handle = handle
    }

    deinit {
        iconv_close(handle)
    }

    /// Converts all of `input`.
    ///
    /// - Throws: ``Failure`` with the offset in `input` where it stopped.
    func convert(_ input: [UInt8]) throws(Failure) -> [UInt8] {
        // Reset the converter's shift state for a fresh input.
        iconv(handle, nil, nil, nil, nil)
        var output: [UInt8] = []
        output.reserveCapacity(input.count * 2 + 16)
        var chunk = [UInt8](repeating: 0, count: max(4096, input.count * 2))
        var failure: Failure?
        input.withUnsafeBufferPointer { inputBuffer in
            let base = UnsafeMutablePointer(mutating: inputBuffer.baseAddress)
            var inPointer: UnsafeMutablePointer<CChar>? = base.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = inputBuffer.count
            while inLeft > 0 {
                let produced: Int
                let result: Int
                (result, produced) = chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = chunkBuffer.baseAddress.map {
                        UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                    }
                    var outLeft = chunkBuffer.count
                    let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (result, chunkBuffer.count - outLeft)
                }
                output.append(contentsOf: chunk[0..<produced])
                if result == -1 {
                    let code = errno
                    let offset = inputBuffer.count - inLeft
                    switch code {
                    case E2BIG: continue
                    case EILSEQ: failure = .invalid(offset: offset)
                    case EINVAL: failure = .incomplete(offset: offset)
                    default: failure = .system(errno: code)
                    }
                    return
                }
            }
        }
        if let failure { throw failure }
        return output
    }
}
