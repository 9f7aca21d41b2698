import CFuzzDriver
import RemoImaging

/// Small images only: the pipeline's cost grows with the pixels, and a fuzzer
/// wants thousands of runs a second.
let loader = ImageLoader(pixelLimit: 65_536, fileSizeLimit: 1 << 20)

/// libFuzzer's entry: the input as a small grey photo, read by the photo
/// pipeline (candidate regions, local thresholds, finder patterns, zbar,
/// zxing-cpp) and by zbar alone. An input that starts as an image file (the
/// seed corpus: the fixtures' label images) is loaded, up to 256 × 256
/// pixels; any other gives the width and height in its first two bytes (1–256
/// each) and the pixels in the rest, repeated. Nothing may crash, and every
/// code found has its four corners.
@_cdecl("FuzzPhoto_main")
public func mainPhoto(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    CFuzzDriver_run(argc, argv)
}

/// One input (libFuzzer's driver calls it by this name too).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPhoto(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let image = image(UnsafeBufferPointer(start: data, count: size)) else { return 0 }
    for decode in [{ try QRPhotoDecoder().decode($0) }, { try QRDecoder().decode($0) }] as [(GrayImage) throws -> [DecodedQR]] {
        guard let codes = try? decode(image) else { continue }
        for code in codes { precondition(code.corners.count == 4, "a code has four corners") }
    }
    return 0
}

/// The image the input stands for; nil when it is too short or an image file that does not load.
private func image(_ bytes: UnsafeBufferPointer<UInt8>) -> GrayImage? {
    if ImageFormat(magic: bytes) != nil { return try? loader.load(Array(bytes), name: "fuzz") }
    guard bytes.count >= 3 else { return nil }
    let (width, height) = (Int(bytes[0]) + 1, Int(bytes[1]) + 1)
    let body = bytes[2...]
    var pixels = [UInt8](repeating: 0, count: width * height)
    for index in pixels.indices { pixels[index] = body[body.startIndex + index % body.count] }
    return GrayImage(width: width, height: height, pixels: pixels)
}
