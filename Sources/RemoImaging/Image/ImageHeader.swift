/// What an image file's header says, read without decoding the pixels.
public struct ImageHeader: Hashable, Sendable {
    /// The file's format.
    public let format: ImageFormat
    /// Columns of the upright image at full scale (what ``ImageLoader/load(path:)``
    /// returns with ``JPEGScale/full``).
    public let width: Int
    /// Rows of the upright image at full scale.
    public let height: Int
    /// The EXIF orientation a JPEG declares (the loader applies it); ``ImageOrientation/up``
    /// for PNG and for HEIF (whose own transformations libheif has applied).
    public let orientation: ImageOrientation

    /// A header's facts.
    public init(format: ImageFormat, width: Int, height: Int, orientation: ImageOrientation) {
        self.format = format
        self.width = width
        self.height = height
        self.orientation = orientation
    }
}
