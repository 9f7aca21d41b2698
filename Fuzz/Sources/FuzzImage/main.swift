import CFuzzDriver
import RemoImaging

/// The loader as `qr decode` and `register --photo` use it, with limits small
/// enough for a fuzzer's memory (4 megapixels, 4 MB): a header that declares
/// more is refused before anything is decoded.
let loader = ImageLoader(pixelLimit: 4_000_000, fileSizeLimit: 4 << 20)

/// libFuzzer's entry: the input as an image file (the format from its first
/// bytes: JPEG, PNG, HEIC), its header read, then decoded, then decoded again
/// at a DCT scale. A refusal is an `ImagingError`; nothing may crash, and a
/// decoded image has the size its header declared.
@_cdecl("FuzzImage_main")
public func mainImage(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    CFuzzDriver_run(argc, argv)
}

/// One input (libFuzzer's driver calls it by this name too).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let header = try loader.header(bytes, name: "fuzz")
        let image = try loader.load(bytes, name: "fuzz")
        precondition(image.pixels.count == image.width * image.height, "an image holds its pixels")
        _ = header
        var scaled = loader
        scaled.jpegScale = .quarter
        _ = try scaled.load(bytes, name: "fuzz")
    } catch {
        _ = error.message.description
    }
    return 0
}
