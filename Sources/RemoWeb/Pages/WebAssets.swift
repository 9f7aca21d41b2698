import Hummingbird

/// The pages' script and style sheet, embedded in the binary (`Assets/`).
public enum WebAssets {
    /// `remo.js`: the pages' script (also run by the tests under node, for the code check).
    public static var script: [UInt8] { PackageResources.remo_js }
    /// `remo.css`.
    public static var styleSheet: [UInt8] { PackageResources.remo_css }

    /// An asset as a response.
    static func response(_ bytes: [UInt8], type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
